using System;
using PartnerSandbox.Emulator.Knobs;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>Which requests a rule may hit: a scope, and optional method and path filters (null matches any).</summary>
internal sealed record FaultTarget(FaultScope Scope, string? Method, string? PathContains)
{
    public bool Matches(FaultScope scope, string requestMethod, string pathAndQuery) =>
        scope == Scope
        && (Method is null || string.Equals(Method, requestMethod, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || pathAndQuery.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Gives matching requests a fault: each match with the given probability (drawn from a sequence fixed
/// by a seed number, so a run repeats), at most <see cref="Remaining"/> times (null: without end).
/// </summary>
internal sealed class FaultRule(FaultTarget target, IFaultEffect effect, int? count, FaultChance? chance)
{
    public IFaultEffect Effect => effect;

    public int? Remaining { get; private set; } = count;

    public bool Matches(FaultScope scope, string method, string pathAndQuery) => target.Matches(scope, method, pathAndQuery);

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
    private readonly SeededRandom random = new(seed);

    public bool Draw() => random.NextDouble() < probability;
}
