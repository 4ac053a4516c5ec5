using System;
using System.Collections.Generic;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// What a seed (or a state file) says about the subscription of a line item beyond the line item itself; anything
/// left out follows the order (its creation date, and deleted when the order is cancelled, else active).
/// </summary>
public sealed record SubscriptionDetails(
    DateTimeOffset? CreationDate = null,
    string? Status = null,
    bool? AutoRenewEnabled = null,
    IReadOnlyList<AzureEntitlement>? AzureEntitlements = null);
