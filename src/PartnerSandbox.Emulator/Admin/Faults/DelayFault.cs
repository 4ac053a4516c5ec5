using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// <c>delay</c>: holds the request, then processes it normally, unless its client has gone by then:
/// such a request is never processed, so a call that timed out changed nothing.
/// </summary>
internal sealed class DelayFault(int delayMs) : IFaultEffect
{
    public async Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        AppliedDelay.Add(http, delayMs);
        if (await RequestHold.TryWaitAsync(TimeSpan.FromMilliseconds(delayMs), http.RequestAborted).ConfigureAwait(false))
        {
            await next(http).ConfigureAwait(false);
        }
    }
}
