namespace PartnerSandbox.Infrastructure
{
    /// <summary>How many requests a listing cmdlet keeps in flight at once.</summary>
    internal static class Concurrency
    {
        /// <summary>
        /// Enough that listing a sandbox's 75 customers takes about as long as the slowest few requests (five rounds);
        /// few enough that one listing (76 requests) stays far below the service's 500 requests a minute per partner.
        /// </summary>
        public const int Requests = 16;
    }
}
