using System;
using System.Threading;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>The knobs as they are now, shared by the middleware that applies them and the admin API that changes them.</summary>
internal sealed class EmulatorKnobs(KnobSettings initial)
{
    private readonly Lock gate = new();
    private volatile KnobSettings current = initial;
    private SeededRandom jitter = new(initial.Latency.Seed);

    /// <summary>Raised after the knobs change, so that rate limits start counting afresh.</summary>
    public event Action? Changed;

    public KnobSettings Current => current;

    /// <summary>Also restarts the jitter sequence from its seed, so that setting the same knobs repeats the same delays.</summary>
    public void Set(KnobSettings settings)
    {
        settings.Validate();
        lock (gate)
        {
            current = settings;
            jitter = new SeededRandom(settings.Latency.Seed);
        }

        Changed?.Invoke();
    }

    /// <returns>The latency to add to the next request; zero (without locking) when latency is off.</returns>
    public TimeSpan NextLatency()
    {
        var latency = current.Latency;
        if (latency.IsOff)
        {
            return TimeSpan.Zero;
        }

        lock (gate)
        {
            latency = current.Latency;
            var jitter = latency.JitterMs == 0 ? 0 : this.jitter.Next(latency.JitterMs + 1);
            return TimeSpan.FromMilliseconds(latency.FixedMs + jitter);
        }
    }
}
