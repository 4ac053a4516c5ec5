using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>Marks a request that got an injected fault, for the request log.</summary>
internal sealed record InjectedFault(FaultRule Rule);

/// <summary>
/// Answers API requests that match a fault rule with the fault, before authentication and before
/// any handler runs, so a faulted request never changes state. A delay only holds the request:
/// it is processed afterwards if its client is still waiting. Only installed in test mode.
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
        switch (rule.Kind)
        {
            case FaultKind.Drop:
                http.Features.Get<RequestRecorder>()?.Record();
                http.Abort();
                return Task.CompletedTask;
            case FaultKind.Delay:
                return DelayThenContinueAsync(http, rule.DelayMs);
            case FaultKind.Status when rule.StatusCode == StatusCodes.Status429TooManyRequests:
                return ThrottleAnswer.WriteAsync(http, rule.RetryAfterSeconds ?? DefaultThrottleRetryAfterSeconds);
            default:
                if (rule.RetryAfterSeconds is { } seconds)
                {
                    http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                return ApiErrors.InjectedFault(rule.StatusCode).ToResult().ExecuteAsync(http);
        }
    }

    private async Task DelayThenContinueAsync(HttpContext http, int delayMs)
    {
        AppliedDelay.Add(http, delayMs);
        if (await RequestHold.TryWaitAsync(TimeSpan.FromMilliseconds(delayMs), http.RequestAborted).ConfigureAwait(false))
        {
            await next(http).ConfigureAwait(false);
        }
    }
}
