using System;
using System.Diagnostics.CodeAnalysis;
using PartnerSandbox.Emulator.Api;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>
/// The body of <c>POST /_emulator/faults</c>:
/// <c>{"method": "PATCH", "pathContains": "/orders/", "kind": "status", "status": 503, "retryAfterSeconds": 1, "count": 1}</c>.
/// </summary>
internal sealed record FaultRequest(string? Method, string? PathContains, string? Kind, int? Status, int? RetryAfterSeconds, int? Count)
{
    public bool TryCreateRule([NotNullWhen(true)] out FaultRule? rule, [NotNullWhen(false)] out ApiError? error)
    {
        error = Validate(out var kind);
        rule = error is null ? new FaultRule(Method, PathContains, kind, Status ?? 0, RetryAfterSeconds, Count ?? 1) : null;
        return rule is not null;
    }

    private ApiError? Validate(out FaultKind kind)
    {
        if (!Enum.TryParse(Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
        {
            return ApiErrors.InvalidInput($"'kind' must be 'status' or 'drop', got '{Kind}'.");
        }

        if (kind == FaultKind.Status && Status is not (>= 400 and <= 599))
        {
            return ApiErrors.InvalidInput($"'status' must be an HTTP error status (400-599) for kind 'status', got '{Status}'.");
        }

        if (Count is < 1)
        {
            return ApiErrors.InvalidInput($"'count' must be at least 1, got {Count}.");
        }

        return RetryAfterSeconds is < 0 ? ApiErrors.InvalidInput($"'retryAfterSeconds' must not be negative, got {RetryAfterSeconds}.") : null;
    }
}
