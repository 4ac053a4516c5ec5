using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using PartnerSandbox.Emulator.Api;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// The body of <c>POST /_emulator/faults</c> (docs/emulator.md):
/// <c>{"scope": "api", "method": "PATCH", "pathContains": "/orders/", "kind": "status", "status": 503, "retryAfterSeconds": 1, "count": 1}</c>,
/// <c>{"kind": "delay", "delayMs": 5000}</c>, <c>{"kind": "answer", "status": 302, "headers": {"Location": "..."}}</c>,
/// <c>{"kind": "trickle", "intervalMs": 1000}</c>..., and with <c>"probability": 0.1, "seed": 42</c> for a
/// repeatable share of the matching requests. Fields a kind does not use are ignored.
/// </summary>
internal sealed record FaultRequest(
    string? Scope,
    string? Method,
    string? PathContains,
    string? Kind,
    int? Status,
    int? RetryAfterSeconds,
    int? Count,
    int? DelayMs,
    double? Probability,
    long? Seed,
    string? Body,
    string? ContentType,
    Dictionary<string, string>? Headers,
    long? PadTo,
    int? IntervalMs)
{
    /// <summary>The seed number when a probability comes without one.</summary>
    private const long DefaultSeed = 1;

    public bool TryCreateRule([NotNullWhen(true)] out FaultRule? rule, [NotNullWhen(false)] out ApiError? error)
    {
        rule = null;
        IFaultEffect? effect = null;
        var problem = CheckMatching(out var scope, out var kind) ?? FaultEffects.TryCreate(kind, this, out effect);
        if (problem is not null || effect is null)
        {
            error = ApiErrors.InvalidInput(problem ?? $"kind '{Kind}' has no effect.");
            return false;
        }

        error = null;
        rule = new FaultRule(
            new FaultTarget(scope, Method, PathContains),
            effect,
            // A certain fault happens once unless told otherwise; a probable one until told how often.
            Count ?? (Probability is null ? 1 : null),
            Probability is { } probability ? new FaultChance(probability, Seed ?? DefaultSeed) : null);
        return true;
    }

    /// <returns>Null when scope, kind, count and chance are good, else what is wrong.</returns>
    private string? CheckMatching(out FaultScope scope, out FaultKind kind)
    {
        scope = FaultScope.Api;
        if (!FaultNames.TryParse(Kind, out kind))
        {
            return $"'kind' must be {FaultNames.All<FaultKind>()}, got '{Kind}'.";
        }

        if (Scope is not null && !FaultNames.TryParse(Scope, out scope))
        {
            return $"'scope' must be {FaultNames.All<FaultScope>()}, got '{Scope}'.";
        }

        if (Probability is not null and not (> 0 and <= 1))
        {
            return $"'probability' must be more than 0 and at most 1, got {Probability}.";
        }

        return Count is < 1 ? $"'count' must be at least 1, got {Count}." : null;
    }
}
