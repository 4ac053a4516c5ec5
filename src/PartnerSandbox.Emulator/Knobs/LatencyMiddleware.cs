using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>Holds each API request for the latency knob's time before anything else happens to it.</summary>
internal sealed class LatencyMiddleware(RequestDelegate next, EmulatorKnobs knobs)
{
    public Task InvokeAsync(HttpContext http)
    {
        var latency = knobs.NextLatency();
        return latency == TimeSpan.Zero ? next(http) : DelayThenContinueAsync(http, latency);
    }

    private async Task DelayThenContinueAsync(HttpContext http, TimeSpan latency)
    {
        AppliedDelay.Add(http, (int)latency.TotalMilliseconds);
        if (await RequestHold.TryWaitAsync(latency, http.RequestAborted).ConfigureAwait(false))
        {
            await next(http).ConfigureAwait(false);
        }
    }
}
