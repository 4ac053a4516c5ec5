using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;

namespace PartnerSandbox.Engine.Http;

/// <summary>The header names of the Partner Center contract, and reading them from requests and answers.</summary>
internal static class PartnerCenterHeaders
{
    public const string RequestId = "MS-RequestId";
    public const string CorrelationId = "MS-CorrelationId";
    public const string ContractVersion = "MS-Contract-Version";
    public const string Locale = "X-Locale";
    public const string Application = "MS-PartnerCenter-Application";
    public const string ContinuationToken = "MS-ContinuationToken";

    public static string? Read(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>How long the service asked to wait (Retry-After as seconds or as a date), or null when it did not say.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is TimeSpan delta)
        {
            return delta;
        }

        if (header?.Date is DateTimeOffset date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
