using System;
using System.Threading;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// The emulator's only source of "now": real time plus an offset that tests move forward, so that
/// order ages and token lifetimes can be tested without waiting. It never moves backwards, so a
/// token issued after a move never becomes "not yet valid".
/// </summary>
internal sealed class VirtualClock : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    /// <summary>How far tests have moved the clock, which a saved state keeps.</summary>
    public TimeSpan AdvancedBy => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
