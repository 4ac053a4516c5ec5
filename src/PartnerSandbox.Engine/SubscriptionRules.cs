using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>The kinds of product whose subscriptions are cancelled differently (cancel-an-order-from-the-integration-sandbox's table).</summary>
public enum SubscriptionProduct
{
    /// <summary>A product this module does not recognise: cancelled with status deleted, and the service decides.</summary>
    Unknown,
    ReservedInstance,
    PerpetualSoftware,
    SoftwareSubscription,
    NewCommerce,
    Marketplace,
    AzurePlan,
}

/// <summary>Why a subscription cannot be cancelled by updating it, as far as it shows.</summary>
public enum SubscriptionObjection
{
    AlreadyCancelled,
    Suspended,
    CancelledByOrder,
    WindowPassed,
    ActiveAzureSubscriptions,
}

/// <summary>
/// How each product's subscription is cancelled (docs/ARCHITECTURE.md, "Subscriptions, customer deletion", gives the
/// sources): reservations and perpetual software only through their order; an Azure plan by suspending it, and only
/// with no active Azure subscription under it; new commerce and software subscriptions by deleting them within their
/// window; marketplace SaaS by deleting it at any time.
/// </summary>
public static class SubscriptionRules
{
    public const string DeletedStatus = "deleted";
    public const string SuspendedStatus = "suspended";
    public const string ActiveStatus = "active";

    /// <summary>New commerce and software subscriptions: seven days from purchase (new-commerce-cancellation-policy).</summary>
    public static readonly TimeSpan SevenDayWindow = TimeSpan.FromDays(7);

    public static SubscriptionProduct ProductOf(Subscription subscription)
    {
        if (subscription is null)
        {
            throw new ArgumentNullException(nameof(subscription));
        }

        var type = subscription.ProductType?.Id;
        var subType = subscription.ProductType?.SubType?.Id;
        var offer = subscription.OfferId ?? string.Empty;
        if (Is(type, "OnlineServicesNCE") || offer.StartsWith("CFQ7TTC0", StringComparison.OrdinalIgnoreCase))
        {
            return SubscriptionProduct.NewCommerce;
        }

        if ((Is(type, "Azure") && Is(subType, "Azure")) || offer.StartsWith("DZH318Z0BPS6", StringComparison.OrdinalIgnoreCase))
        {
            return SubscriptionProduct.AzurePlan;
        }

        // An Azure item that is not the plan is a reservation (sub-types VirtualMachines, ReservedInstances...).
        if (Is(type, "Azure") || offer.StartsWith("DZH318Z0BQ4B", StringComparison.OrdinalIgnoreCase))
        {
            return SubscriptionProduct.ReservedInstance;
        }

        if (Is(type, "Software"))
        {
            // Software is one family: a term makes it a subscription, none a perpetual licence.
            return string.IsNullOrEmpty(subscription.TermDuration) ? SubscriptionProduct.PerpetualSoftware : SubscriptionProduct.SoftwareSubscription;
        }

        return Is(type, "SaaS") ? SubscriptionProduct.Marketplace : SubscriptionProduct.Unknown;
    }

    /// <summary>The status that cancels a subscription of <paramref name="product"/>; null when its order is the way.</summary>
    public static string? CancelledStatus(SubscriptionProduct product) => product switch
    {
        SubscriptionProduct.ReservedInstance or SubscriptionProduct.PerpetualSoftware => null,
        SubscriptionProduct.AzurePlan => SuspendedStatus,
        _ => DeletedStatus,
    };

    /// <summary>True when it shows its product's cancelled status, or deleted.</summary>
    public static bool IsCancelled(Subscription subscription) =>
        Same(subscription.Status, DeletedStatus) || Same(subscription.Status, CancelledStatus(ProductOf(subscription)));

    /// <summary>
    /// The last moment it can be cancelled: the service's cancellationAllowedUntilDate, or for new commerce and software
    /// subscriptions without one, seven days from its creation; null when there is no window.
    /// </summary>
    public static DateTimeOffset? WindowEnd(Subscription subscription) =>
        subscription.CancellationAllowedUntilDate
        ?? (ProductOf(subscription) is SubscriptionProduct.NewCommerce or SubscriptionProduct.SoftwareSubscription ? subscription.CreationDate + SevenDayWindow : null);

    /// <summary>Why the subscription cannot be cancelled as far as it shows, with the reason in words; null when it can.</summary>
    /// <param name="activeAzureSubscriptions">For an Azure plan, the ids of the active Azure subscriptions under it.</param>
    public static (SubscriptionObjection Objection, string Reason)? WhyNotCancellable(Subscription subscription, IReadOnlyList<string>? activeAzureSubscriptions, DateTimeOffset now)
    {
        var product = ProductOf(subscription);
        if (IsCancelled(subscription))
        {
            return (SubscriptionObjection.AlreadyCancelled, Format(EngineMessages.SubscriptionAlreadyCancelled, subscription.Status));
        }

        if (Same(subscription.Status, SuspendedStatus))
        {
            return (SubscriptionObjection.Suspended, EngineMessages.SubscriptionSuspended);
        }

        if (CancelledStatus(product) is null)
        {
            var what = product == SubscriptionProduct.ReservedInstance ? EngineMessages.AReservation : EngineMessages.PerpetualSoftware;
            return (SubscriptionObjection.CancelledByOrder, Format(EngineMessages.SubscriptionCancelledByOrder, what, subscription.OrderId));
        }

        if (WindowEnd(subscription) is DateTimeOffset end && now > end)
        {
            return (SubscriptionObjection.WindowPassed, Format(EngineMessages.SubscriptionWindowPassed, end));
        }

        if (activeAzureSubscriptions is { Count: > 0 })
        {
            return (SubscriptionObjection.ActiveAzureSubscriptions, Format(EngineMessages.AzurePlanHasActiveSubscriptions, activeAzureSubscriptions.Count, string.Join(", ", activeAzureSubscriptions)));
        }

        return null;
    }

    /// <summary>The Azure subscriptions that keep an Azure plan from being suspended: those in the active state (900115).</summary>
    public static IReadOnlyList<string> ActiveIds(IEnumerable<AzureEntitlement> azureSubscriptions) =>
        azureSubscriptions.Where(entitlement => Same(entitlement.Status, ActiveStatus)).Select(entitlement => entitlement.Id).ToList();

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static bool Same(string? status, string? expected) => expected is not null && string.Equals(status, expected, StringComparison.OrdinalIgnoreCase);

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
