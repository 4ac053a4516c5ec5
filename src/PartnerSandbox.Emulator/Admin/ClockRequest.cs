namespace PartnerSandbox.Emulator.Admin;

/// <summary>The body of <c>POST /_emulator/clock</c>: <c>{"advanceDays": 61}</c> (fractions allowed).</summary>
internal sealed record ClockRequest(double? AdvanceDays);

/// <summary>The virtual clock's time, after a move.</summary>
internal sealed record ClockJson(System.DateTimeOffset UtcNow);

/// <summary>The answer of <c>GET /_emulator/orders/{orderId}/changes</c>.</summary>
internal sealed record OrderChangesJson(string OrderId, int StateChanges);
