using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Api;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// <c>status</c>: answers with an error status instead of processing the request. 429 is the service's
/// throttle answer; any other status the Partner Center error body with code 800003 (on the sign-in
/// routes too: <c>answer</c> gives any other body).
/// </summary>
internal sealed class StatusFault(int statusCode, int? retryAfterSeconds) : IFaultEffect
{
    /// <summary>Used for a 429 that was given no Retry-After, since the throttle message needs a number.</summary>
    private const int DefaultThrottleRetryAfterSeconds = 1;

    public Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        if (statusCode == StatusCodes.Status429TooManyRequests)
        {
            return ThrottleAnswer.WriteAsync(http, retryAfterSeconds ?? DefaultThrottleRetryAfterSeconds);
        }

        if (retryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return ApiErrors.InjectedFault(statusCode).ToResult().ExecuteAsync(http);
    }
}
