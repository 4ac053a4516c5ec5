namespace PartnerSandbox.Engine.Http
{
    /// <summary>The header names of the Partner Center contract.</summary>
    internal static class PartnerCenterHeaders
    {
        public const string RequestId = "MS-RequestId";
        public const string CorrelationId = "MS-CorrelationId";
        public const string ContractVersion = "MS-Contract-Version";
        public const string Locale = "X-Locale";
        public const string Application = "MS-PartnerCenter-Application";
        public const string ContinuationToken = "MS-ContinuationToken";
        public const string RetryAfter = "Retry-After";
    }
}
