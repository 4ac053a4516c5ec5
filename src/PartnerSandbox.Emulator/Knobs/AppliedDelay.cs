using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>
/// How long the emulator held a request on purpose (latency knob, delay fault), as a request
/// feature: the request log shows it, so tests check the configured delay was applied without timing anything.
/// </summary>
internal sealed class AppliedDelay
{
    public int Milliseconds { get; private set; }

    public static void Add(HttpContext http, int milliseconds)
    {
        var delay = http.Features.Get<AppliedDelay>();
        if (delay is null)
        {
            delay = new AppliedDelay();
            http.Features.Set(delay);
        }

        delay.Milliseconds += milliseconds;
    }
}
