using System;
using System.Collections.Generic;

namespace PartnerSandbox.Engine.Models;

/// <summary>
/// A customer's subscription (subscription-resources), with the fields partners look at. Status, billing cycle and
/// product type are open sets, kept exactly as the service sent them.
/// </summary>
public sealed class Subscription
{
    public string Id { get; set; } = string.Empty;

    public string? OfferId { get; set; }

    public string? OfferName { get; set; }

    public string? FriendlyName { get; set; }

    public ProductType? ProductType { get; set; }

    public int Quantity { get; set; }

    public string? UnitType { get; set; }

    public DateTimeOffset? CreationDate { get; set; }

    public DateTimeOffset? EffectiveStartDate { get; set; }

    /// <summary>The term's last day (inclusive for new commerce); far in the future for what does not end.</summary>
    public DateTimeOffset? CommitmentEndDate { get; set; }

    /// <summary>The last moment the partner can cancel it for this term; null where the service gives none.</summary>
    public DateTimeOffset? CancellationAllowedUntilDate { get; set; }

    public string? Status { get; set; }

    public bool? AutoRenewEnabled { get; set; }

    public string? BillingType { get; set; }

    public string? BillingCycle { get; set; }

    public string? TermDuration { get; set; }

    /// <summary>The order that was placed to begin the subscription.</summary>
    public string? OrderId { get; set; }

    public string? ParentSubscriptionId { get; set; }

    public List<RefundOption>? RefundOptions { get; set; }
}

/// <summary>The SDK's ItemType: {"id": "OnlineServicesNCE", "displayName": ...}, with a sub-type for Azure (plan or reservation).</summary>
public sealed class ProductType
{
    public string? Id { get; set; }

    public string? DisplayName { get; set; }

    public ProductType? SubType { get; set; }
}

/// <summary>A way to get money back on cancelling ("Full", "Partial"), and until when.</summary>
public sealed class RefundOption
{
    public string? Type { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }
}
