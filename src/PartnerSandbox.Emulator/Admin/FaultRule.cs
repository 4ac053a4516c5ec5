using System;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>What an injected fault does instead of processing the request.</summary>
internal enum FaultKind
{
    /// <summary>Answer with an HTTP error status.</summary>
    Status,

    /// <summary>Abort the connection without an answer.</summary>
    Drop,

    /// <summary>Hold the request, then process it normally unless the client has given up by then.</summary>
    Delay,
}

/// <summary>
/// Makes matching API requests answer with a fault: each match with the given probability (drawn
/// from a sequence fixed by a seed number, so a run repeats), at most <see cref="Remaining"/> times
/// (null: without end). <see cref="Method"/> and <see cref="PathContains"/> are optional filters (null matches any).
/// </summary>
internal sealed class FaultRule(string? method, string? pathContains, FaultKind kind, int statusCode, int? retryAfterSeconds, int delayMs, int? count, FaultChance? chance)
{
    public FaultKind Kind => kind;

    public int StatusCode => statusCode;

    public int? RetryAfterSeconds => retryAfterSeconds;

    public int DelayMs => delayMs;

    public string? Method => method;

    public string? PathContains => pathContains;

    public int? Remaining { get; private set; } = count;

    public bool Matches(string requestMethod, string pathAndQuery) =>
        (method is null || string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase))
        && (pathContains is null || pathAndQuery.Contains(pathContains, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether this matching request gets the fault; uses one up if so. Called under the injector's lock.</summary>
    public bool TryFire()
    {
        if (chance is not null && !chance.Draw())
        {
            return false;
        }

        Remaining--;
        return true;
    }
}

/// <summary>A fault's probability and the seeded sequence its draws come from.</summary>
internal sealed class FaultChance(double probability, long seed)
{
    private readonly SeededRandom _random = new(seed);

    public bool Draw() => _random.NextDouble() < probability;
}
