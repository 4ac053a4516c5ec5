using System;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>Checks the fields each fault kind uses and makes its effect; each problem names the field and what was expected.</summary>
internal static class FaultEffects
{
    private const int DefaultTrickleIntervalMs = 1000;

    /// <returns>Null when the fields are good (and <paramref name="effect"/> is set), else what is wrong.</returns>
    public static string? TryCreate(FaultKind kind, FaultRequest request, out IFaultEffect? effect)
    {
        effect = null;
        var name = FaultNames.Of(kind);
        if (request.RetryAfterSeconds is < 0)
        {
            return $"'retryAfterSeconds' must not be negative, got {request.RetryAfterSeconds}.";
        }

        switch (kind)
        {
            case FaultKind.Status when request.Status is not (>= 400 and <= 599):
                return $"'status' must be an HTTP error status (400-599) for kind '{name}', got '{request.Status}'.";
            case FaultKind.Status:
                effect = new StatusFault(request.Status.Value, request.RetryAfterSeconds);
                return null;
            case FaultKind.Drop:
                effect = new DropFault();
                return null;
            case FaultKind.ApplyThenDrop:
                effect = new ApplyThenDropFault();
                return null;
            case FaultKind.Delay or FaultKind.ApplyThenDelay when request.DelayMs is not (> 0):
                return $"'delayMs' must be a positive number of milliseconds for kind '{name}', got '{request.DelayMs}'.";
            case FaultKind.Delay:
                effect = new DelayFault(request.DelayMs.Value);
                return null;
            case FaultKind.ApplyThenDelay:
                effect = new ApplyThenDelayFault(request.DelayMs.Value);
                return null;
            case FaultKind.Answer:
                return CreateAnswer(request, name, defaultStatus: null, answer => new AnswerFault(answer), out effect);
            case FaultKind.Trickle when request.IntervalMs is <= 0:
                return $"'intervalMs' must be a positive number of milliseconds for kind '{name}', got '{request.IntervalMs}'.";
            case FaultKind.Trickle when request.Status is { } status && !CannedAnswer.StatusAllowsBody(status):
                return $"'status' must be an HTTP status with a body (200-599, not 204, 205 or 304) for kind '{name}', got '{status}'.";
            case FaultKind.Trickle:
                var interval = TimeSpan.FromMilliseconds(request.IntervalMs ?? DefaultTrickleIntervalMs);
                return CreateAnswer(request, name, defaultStatus: 200, answer => new TrickleFault(answer, interval), out effect);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "A fault kind without an effect.");
        }
    }

    private static string? CreateAnswer(FaultRequest request, string kindName, int? defaultStatus, Func<CannedAnswer, IFaultEffect> effectOf, out IFaultEffect? effect)
    {
        var problem = CannedAnswerRequest.TryCreate(request, kindName, defaultStatus, out var answer);
        effect = answer is null ? null : effectOf(answer);
        return problem;
    }
}
