using System;
using System.Globalization;
using System.Linq;
using PartnerSandbox.Engine;

namespace PartnerSandbox;

/// <summary>
/// A customer's subscription. CustomerId and SubscriptionId bind by property name to Stop-PCSandboxSubscription.
/// Status, billing cycle and product type are exactly what the service sent, including values this module does not know.
/// </summary>
public sealed class PCSandboxSubscription
{
    /// <param name="accountReason">Why the connection's account changes nothing (not a declared sandbox), or null.</param>
    internal PCSandboxSubscription(string customerId, SubscriptionDetails details, DateTimeOffset now, string? accountReason)
    {
        var subscription = details.Subscription;
        CustomerId = customerId;
        SubscriptionId = subscription.Id;
        FriendlyName = subscription.FriendlyName;
        OfferId = subscription.OfferId;
        OfferName = subscription.OfferName;
        ProductType = subscription.ProductType?.Id;
        ProductSubType = subscription.ProductType?.SubType?.Id;
        Product = SubscriptionRules.ProductOf(subscription).ToString();
        Quantity = subscription.Quantity;
        UnitType = subscription.UnitType;
        Status = subscription.Status;
        BillingCycle = subscription.BillingCycle;
        TermDuration = subscription.TermDuration;
        CreationDate = subscription.CreationDate;
        CommitmentEndDate = subscription.CommitmentEndDate;
        CancellationAllowedUntil = SubscriptionRules.WindowEnd(subscription);
        AutoRenewEnabled = subscription.AutoRenewEnabled;
        OrderId = subscription.OrderId;
        ActiveAzureSubscriptions = details.ActiveAzureSubscriptions?.ToArray();
        CancelledStatus = SubscriptionRules.CancelledStatus(SubscriptionRules.ProductOf(subscription));
        IsCancelled = SubscriptionRules.IsCancelled(subscription);
        NotCancellableReason = accountReason ?? Shown(SubscriptionRules.WhyNotCancellable(subscription, details.ActiveAzureSubscriptions, now));
        Details = details;
    }

    public string CustomerId { get; }

    public string SubscriptionId { get; }

    public string? FriendlyName { get; }

    public string? OfferId { get; }

    public string? OfferName { get; }

    /// <summary>The service's product type id (OnlineServicesNCE, Azure, Software, ...), as sent.</summary>
    public string? ProductType { get; }

    /// <summary>The product type's sub-type (for Azure: Azure for the plan, VirtualMachines for a reservation), as sent.</summary>
    public string? ProductSubType { get; }

    /// <summary>
    /// How this module treats it: NewCommerce, SoftwareSubscription, Marketplace, AzurePlan (cancelled by subscription),
    /// ReservedInstance, PerpetualSoftware (by order), or Unknown (the service decides).
    /// </summary>
    public string Product { get; }

    public int Quantity { get; }

    public string? UnitType { get; }

    public string? Status { get; }

    public string? BillingCycle { get; }

    public string? TermDuration { get; }

    public DateTimeOffset? CreationDate { get; }

    public DateTimeOffset? CommitmentEndDate { get; }

    /// <summary>The last moment it can be cancelled (the service's cancellationAllowedUntilDate, or seven days from purchase); null: no window.</summary>
    public DateTimeOffset? CancellationAllowedUntil { get; }

    public bool? AutoRenewEnabled { get; }

    /// <summary>The order that was placed to begin the subscription.</summary>
    public string? OrderId { get; }

    /// <summary>For an Azure plan that is not cancelled, the ids of the active Azure subscriptions under it; null otherwise.</summary>
    public string[]? ActiveAzureSubscriptions { get; }

    /// <summary>The status Stop-PCSandboxSubscription sets: deleted, or suspended for an Azure plan; null when its order is the way.</summary>
    public string? CancelledStatus { get; }

    public bool IsCancelled { get; }

    /// <summary>True when, as far as it shows, Stop-PCSandboxSubscription can cancel it. The service has the last word.</summary>
    public bool IsCancellable => NotCancellableReason is null;

    /// <summary>Why it cannot be cancelled; empty when it can.</summary>
    public string? NotCancellableReason { get; }

    /// <summary>The subscription as read, for Stop-PCSandboxSubscription's checks at the moment it decides.</summary>
    internal SubscriptionDetails Details { get; }

    public override string ToString() => SubscriptionId;

    // An item shows no recommended action beside its reason, so the reason of one cancelled through its order names
    // the command that does it (a refusal's error says it in its recommended action instead).
    private static string? Shown((SubscriptionObjection Objection, string Reason)? why) =>
        why is (SubscriptionObjection.CancelledByOrder, var reason) ? string.Format(CultureInfo.InvariantCulture, Messages.CancelledByOrderReason, reason) : why?.Reason;
}
