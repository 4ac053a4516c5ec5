using System;
using System.Collections.Generic;

namespace PartnerSandbox.Records;

/// <summary>
/// What one record of Get-PCSandboxSubscription asks for, captured when the record arrives: which customers (none:
/// every customer), which subscription or order, and whether only the cancellable ones.
/// </summary>
public sealed class SubscriptionQuery
{
    internal SubscriptionQuery(IReadOnlyList<string>? customerIds, string? subscriptionId, string? orderId, bool cancellableOnly)
    {
        CustomerIds = customerIds;
        SubscriptionId = subscriptionId;
        OrderId = orderId;
        CancellableOnly = cancellableOnly;
    }

    /// <summary>The customers whose subscriptions are asked for; null: every customer of the partner.</summary>
    internal IReadOnlyList<string>? CustomerIds { get; }

    internal string? SubscriptionId { get; }

    /// <summary>Only the subscriptions that this order began.</summary>
    internal string? OrderId { get; }

    internal bool CancellableOnly { get; }

    internal bool IsSelected(PCSandboxSubscription subscription) =>
        (SubscriptionId is null || string.Equals(subscription.SubscriptionId, SubscriptionId, StringComparison.OrdinalIgnoreCase))
        && (OrderId is null || string.Equals(subscription.OrderId, OrderId, StringComparison.OrdinalIgnoreCase))
        && (!CancellableOnly || subscription.IsCancellable);
}
