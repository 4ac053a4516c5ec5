using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Api.Contracts;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>Marks a request that got an injected fault, for the request log.</summary>
internal sealed record InjectedFault(FaultRule Rule);

/// <summary>
/// Answers API requests that match a fault rule with the fault, before authentication and before
/// any handler runs, so a faulted request never changes state. Only installed in test mode.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, FaultInjector faults)
{
    /// <summary>Used for a 429 that was given no Retry-After, since the throttle message needs a number.</summary>
    private const int DefaultThrottleRetryAfterSeconds = 1;

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (faults.TryTake(request.Method, $"{request.Path}{request.QueryString}") is not { } rule)
        {
            return next(http);
        }

        http.Features.Set(new InjectedFault(rule));
        if (rule.Kind == FaultKind.Drop)
        {
            http.Features.Get<RequestRecorder>()?.Record();
            http.Abort();
            return Task.CompletedTask;
        }

        var retryAfter = rule.RetryAfterSeconds;
        IResult answer;
        if (rule.StatusCode == StatusCodes.Status429TooManyRequests)
        {
            retryAfter ??= DefaultThrottleRetryAfterSeconds;
            answer = Results.Json(new ThrottleJson(rule.StatusCode, $"Rate limit is exceeded. Try again in {retryAfter} seconds."), ApiJson.Options, statusCode: rule.StatusCode);
        }
        else
        {
            answer = ApiErrors.InjectedFault(rule.StatusCode).ToResult();
        }

        if (retryAfter is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return answer.ExecuteAsync(http);
    }
}
