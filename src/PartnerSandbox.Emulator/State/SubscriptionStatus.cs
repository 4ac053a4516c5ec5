using System;
using System.Collections.Generic;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// The service's subscription statuses (the SDK's SubscriptionStatus: none, active, pending, suspended, expired,
/// disabled, deleted). Seeds may use any of them; the emulator itself only ever sets these few.
/// </summary>
public static class SubscriptionStatus
{
    public const string Active = "active";
    public const string Suspended = "suspended";
    public const string Deleted = "deleted";

    /// <summary>What a request may name; anything else is not a SubscriptionStatus at all.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(
        ["none", Active, "pending", Suspended, "expired", "disabled", Deleted], StringComparer.OrdinalIgnoreCase);
}
