using System;

namespace PartnerSandbox.Emulator.Admin.Faults;

/// <summary>
/// Checks the fields each fault kind uses and makes its effect. A bad field is a
/// <see cref="FormatException"/> whose message names the field and what was expected.
/// </summary>
internal static class FaultEffects
{
    private const int DefaultTrickleIntervalMs = 1000;
    private const int DefaultTrickleStatus = 200;

    /// <exception cref="FormatException">A field the kind uses is missing or bad.</exception>
    public static IFaultEffect Create(FaultKind kind, FaultRequest request)
    {
        var name = FaultNames.Of(kind);
        return kind switch
        {
            FaultKind.Status => new StatusFault(ErrorStatus(request, name), RetryAfter(request)),
            FaultKind.Drop => new DropFault(),
            FaultKind.Delay => new DelayFault(PositiveDelay(request, name)),
            FaultKind.ApplyThenDrop => new ApplyThenDropFault(),
            FaultKind.ApplyThenDelay => new ApplyThenDelayFault(PositiveDelay(request, name)),
            FaultKind.Answer => new AnswerFault(CannedAnswerRequest.Create(request, name, defaultStatus: null)),
            FaultKind.Trickle => new TrickleFault(TrickleAnswer(request, name), TrickleInterval(request, name)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A fault kind without an effect."),
        };
    }

    private static int ErrorStatus(FaultRequest request, string kindName) =>
        request.Status is >= 400 and <= 599 and var status
            ? status
            : throw new FormatException($"'status' must be an HTTP error status (400-599) for kind '{kindName}', got '{request.Status}'.");

    private static int? RetryAfter(FaultRequest request) =>
        request.RetryAfterSeconds is < 0
            ? throw new FormatException($"'retryAfterSeconds' must not be negative, got {request.RetryAfterSeconds}.")
            : request.RetryAfterSeconds;

    private static int PositiveDelay(FaultRequest request, string kindName) =>
        request.DelayMs is > 0 and var delayMs
            ? delayMs
            : throw new FormatException($"'delayMs' must be a positive number of milliseconds for kind '{kindName}', got '{request.DelayMs}'.");

    /// <summary>A trickle is all about its body, so its status must be one that has one.</summary>
    private static CannedAnswer TrickleAnswer(FaultRequest request, string kindName) =>
        request.Status is { } status && !CannedAnswer.StatusAllowsBody(status)
            ? throw new FormatException($"'status' must be an HTTP status with a body (200-599, not 204, 205 or 304) for kind '{kindName}', got '{status}'.")
            : CannedAnswerRequest.Create(request, kindName, DefaultTrickleStatus);

    private static TimeSpan TrickleInterval(FaultRequest request, string kindName) =>
        request.IntervalMs is <= 0
            ? throw new FormatException($"'intervalMs' must be a positive number of milliseconds for kind '{kindName}', got '{request.IntervalMs}'.")
            : TimeSpan.FromMilliseconds(request.IntervalMs ?? DefaultTrickleIntervalMs);
}
