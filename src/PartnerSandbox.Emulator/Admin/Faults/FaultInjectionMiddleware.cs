using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>Marks a request that got an injected fault, for the request log.</summary>
internal sealed class InjectedFault
{
    public static readonly InjectedFault Instance = new();
}

/// <summary>
/// Gives the requests of one scope that match a fault rule the rule's fault. It runs before
/// authentication and before any handler, so a fault that answers instead of processing never
/// changes state; the kinds that do process call the rest of the pipeline themselves. Only
/// installed in test mode.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, FaultInjector faults, FaultScope scope)
{
    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (faults.TryTake(scope, request.Method, $"{request.Path}{request.QueryString}") is not { } rule)
        {
            return next(http);
        }

        http.Features.Set(InjectedFault.Instance);
        return rule.Effect.ApplyAsync(http, next);
    }
}
