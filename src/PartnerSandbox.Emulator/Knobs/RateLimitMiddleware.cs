using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using PartnerSandbox.Emulator.Api;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>
/// Answers 429 on a throttled route when the calling partner (or partner and customer) is over its
/// rate limit. It runs after authentication, which says who the partner is, and before the
/// handler, so a throttled request never changes state.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next, RateLimiter limiter)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ThrottledRoute>() is null)
        {
            return next(http);
        }

        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        Guid? customerId = Guid.TryParse(http.GetRouteValue("customerId") as string, out var id) ? id : null;
        return limiter.TryAdmit(partner.TenantId, customerId) is { } retryAfterSeconds
            ? ThrottleAnswer.WriteAsync(http, retryAfterSeconds)
            : next(http);
    }
}
