using System;
using System.Collections.Generic;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// The subscription an order's line item created, with that line item's subscription id. Its status changes only
/// under <see cref="EmulatorState.Gate"/>, by a subscription update or with its order's cancellation.
/// </summary>
public sealed class Subscription
{
    internal Subscription(Order order, OrderLineItem lineItem)
    {
        var details = lineItem.Subscription;
        Order = order;
        LineItem = lineItem;
        CreationDate = details?.CreationDate ?? order.CreationDate;
        Status = details?.Status ?? (order.IsCancelled ? SubscriptionStatus.Deleted : SubscriptionStatus.Active);
        AutoRenewEnabled = details?.AutoRenewEnabled ?? (IsActive && ProductCatalog.SubscriptionFactsOf(order.ProductType).RenewsAutomatically);
        AzureEntitlements = details?.AzureEntitlements ?? [];
    }

    public string Id => LineItem.SubscriptionId;

    /// <summary>The order it came from.</summary>
    public Order Order { get; }

    public OrderLineItem LineItem { get; }

    public ProductType ProductType => Order.ProductType;

    /// <summary>Where new commerce's cancellation window starts (by the virtual clock); the order's creation date unless seeded.</summary>
    public DateTimeOffset CreationDate { get; }

    /// <summary>Kept exactly as seeded (an open set); changed only to <see cref="SubscriptionStatus.Deleted"/> or <see cref="SubscriptionStatus.Suspended"/>.</summary>
    public string Status { get; private set; }

    public bool AutoRenewEnabled { get; private set; }

    /// <summary>The Azure subscriptions under an Azure plan; empty for every other product.</summary>
    public IReadOnlyList<AzureEntitlement> AzureEntitlements { get; }

    /// <summary>How many times its state really changed, so tests can prove nothing happened twice.</summary>
    public int StateChanges { get; private set; }

    public bool IsDeleted => Is(SubscriptionStatus.Deleted);

    public bool IsSuspended => Is(SubscriptionStatus.Suspended);

    public bool IsActive => Is(SubscriptionStatus.Active);

    /// <summary>A cancelled or suspended subscription renews no more (the lifecycle page: suspending turns auto-renew off).</summary>
    internal void ChangeStatus(string status)
    {
        Status = status;
        AutoRenewEnabled = false;
        StateChanges++;
    }

    private bool Is(string status) => string.Equals(Status, status, StringComparison.OrdinalIgnoreCase);
}
