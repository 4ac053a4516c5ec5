using System.Collections.Generic;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>
/// The answer of <c>GET /_emulator/subscriptions/{subscriptionId}/changes</c>: how often its state really changed;
/// an Azure plan's Azure subscriptions count their own.
/// </summary>
internal sealed record SubscriptionChangesJson(string SubscriptionId, int StateChanges, IReadOnlyList<EntitlementChangesJson>? AzureEntitlements);

internal sealed record EntitlementChangesJson(string Id, int StateChanges);
