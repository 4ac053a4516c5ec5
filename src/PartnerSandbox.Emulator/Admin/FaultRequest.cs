using System;
using System.Diagnostics.CodeAnalysis;
using PartnerSandbox.Emulator.Api;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>
/// The body of <c>POST /_emulator/faults</c>:
/// <c>{"method": "PATCH", "pathContains": "/orders/", "kind": "status", "status": 503, "retryAfterSeconds": 1, "count": 1}</c>,
/// <c>{"kind": "delay", "delayMs": 5000}</c>, and with <c>"probability": 0.1, "seed": 42</c> for a
/// repeatable share of the matching requests.
/// </summary>
internal sealed record FaultRequest(
    string? Method,
    string? PathContains,
    string? Kind,
    int? Status,
    int? RetryAfterSeconds,
    int? Count,
    int? DelayMs,
    double? Probability,
    long? Seed)
{
    /// <summary>The seed number when a probability comes without one.</summary>
    private const long DefaultSeed = 1;

    public bool TryCreateRule([NotNullWhen(true)] out FaultRule? rule, [NotNullWhen(false)] out ApiError? error)
    {
        error = Validate(out var kind);
        rule = error is null
            ? new FaultRule(
                Method,
                PathContains,
                kind,
                Status ?? 0,
                RetryAfterSeconds,
                DelayMs ?? 0,
                // A certain fault happens once unless told otherwise; a probable one until told how often.
                Count ?? (Probability is null ? 1 : null),
                Probability is { } probability ? new FaultChance(probability, Seed ?? DefaultSeed) : null)
            : null;
        return rule is not null;
    }

    private ApiError? Validate(out FaultKind kind)
    {
        if (!Enum.TryParse(Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _))
        {
            return ApiErrors.InvalidInput($"'kind' must be 'status', 'drop' or 'delay', got '{Kind}'.");
        }

        if (kind == FaultKind.Status && Status is not (>= 400 and <= 599))
        {
            return ApiErrors.InvalidInput($"'status' must be an HTTP error status (400-599) for kind 'status', got '{Status}'.");
        }

        if (kind == FaultKind.Delay && DelayMs is not (> 0))
        {
            return ApiErrors.InvalidInput($"'delayMs' must be a positive number of milliseconds for kind 'delay', got '{DelayMs}'.");
        }

        if (Probability is not null and not (> 0 and <= 1))
        {
            return ApiErrors.InvalidInput($"'probability' must be more than 0 and at most 1, got {Probability}.");
        }

        if (Count is < 1)
        {
            return ApiErrors.InvalidInput($"'count' must be at least 1, got {Count}.");
        }

        return RetryAfterSeconds is < 0 ? ApiErrors.InvalidInput($"'retryAfterSeconds' must not be negative, got {RetryAfterSeconds}.") : null;
    }
}
