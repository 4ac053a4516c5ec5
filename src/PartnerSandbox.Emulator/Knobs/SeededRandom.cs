using System;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>
/// A small pseudo-random sequence (SplitMix64) fixed by a seed number. The emulator's own
/// algorithm rather than <see cref="Random"/>, whose sequence for a seed is not promised to stay
/// the same across .NET versions: latency jitter, fault probabilities and generated seeds must
/// repeat exactly. Not thread-safe; its users draw under their own lock.
/// </summary>
internal sealed class SeededRandom(long seed)
{
    private ulong state = unchecked((ulong)seed);

    /// <returns>A number in [0, 1).</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <returns>A whole number in [0, <paramref name="exclusiveMaximum"/>).</returns>
    public int Next(int exclusiveMaximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMaximum);
        return (int)(NextUInt64() % (ulong)exclusiveMaximum);
    }

    private ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
