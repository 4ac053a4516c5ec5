using System;
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
        error = null;
        try
        {
            var (scope, kind) = CheckMatching();
            rule = new FaultRule(
                new FaultTarget(scope, Method, PathContains),
                FaultEffects.Create(kind, this),
                // A certain fault happens once unless told otherwise; a probable one until told how often.
                Count ?? (Probability is null ? 1 : null),
                Probability is { } probability ? new FaultChance(probability, Seed ?? DefaultSeed) : null);
        }
        catch (FormatException e)
        {
            error = ApiErrors.InvalidInput(e.Message);
        }

        return rule is not null;
    }

    /// <exception cref="FormatException">Scope, kind, count or probability is bad.</exception>
    private (FaultScope Scope, FaultKind Kind) CheckMatching()
    {
        if (!FaultNames.TryParse(Kind, out FaultKind kind))
        {
            throw new FormatException($"'kind' must be {FaultNames.All<FaultKind>()}, got '{Kind}'.");
        }

        var scope = FaultScope.Api;
        if (Scope is not null && !FaultNames.TryParse(Scope, out scope))
        {
            throw new FormatException($"'scope' must be {FaultNames.All<FaultScope>()}, got '{Scope}'.");
        }

        if (Probability is not null and not (> 0 and <= 1))
        {
            throw new FormatException($"'probability' must be more than 0 and at most 1, got {Probability}.");
        }

        return Count is < 1 ? throw new FormatException($"'count' must be at least 1, got {Count}.") : (scope, kind);
    }
}
