using System;
using System.Collections.Generic;
using System.Linq;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>A way to get money back on cancelling, and until when (the Subscription resource's refundOptions).</summary>
internal sealed record RefundOption(string Type, DateTimeOffset ExpiresAt);

/// <summary>
/// Each product's terms for cancelling by subscription, in one place: which status cancels it, its window, its
/// refund options and its term's end (docs/ARCHITECTURE.md, "Subscriptions, customer deletion", gives the sources).
/// </summary>
internal static class SubscriptionTerms
{
    /// <summary>New commerce and software subscriptions: seven days from purchase (new-commerce-cancellation-policy).</summary>
    public const int SevenDayWindowDays = 7;

    /// <summary>Subscriptions that never end (an Azure plan, perpetual software) say so with a date far in the future.</summary>
    private static readonly DateTimeOffset FarFuture = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan FullRefundPeriod = TimeSpan.FromHours(24);

    /// <summary>The status that cancels a subscription of the product, or null when its order is the way (reservations, perpetual software).</summary>
    public static string? CancelledStatus(ProductType productType) => productType switch
    {
        ProductType.ReservedInstance or ProductType.PerpetualSoftware => null,
        ProductType.AzurePlan => SubscriptionStatus.Suspended,
        _ => SubscriptionStatus.Deleted,
    };

    /// <summary>Days from its creation date in which it may be cancelled; null: any time.</summary>
    public static int? WindowDays(ProductType productType) =>
        productType is ProductType.NewCommerce or ProductType.SoftwareSubscription ? SevenDayWindowDays : null;

    /// <summary>
    /// The SDK's rule: null for what cannot be cancelled (here: by subscription), the term's end for what can be
    /// cancelled at any time, else the window's end.
    /// </summary>
    public static DateTimeOffset? CancellationAllowedUntil(Subscription subscription) =>
        CancelledStatus(subscription.ProductType) is null || subscription.ProductType == ProductType.AzurePlan ? null
        : WindowDays(subscription.ProductType) is { } days ? subscription.CreationDate.AddDays(days)
        : CommitmentEnd(subscription);

    /// <summary>The last day of the term (end dates are inclusive), or far away for a subscription without a term.</summary>
    public static DateTimeOffset CommitmentEnd(Subscription subscription)
    {
        var start = new DateTimeOffset(subscription.CreationDate.UtcDateTime.Date, TimeSpan.Zero);
        return subscription.LineItem.TermDuration.ToUpperInvariant() switch
        {
            "P1M" => start.AddMonths(1).AddDays(-1),
            "P1Y" => start.AddYears(1).AddDays(-1),
            "P3Y" => start.AddYears(3).AddDays(-1),
            _ => FarFuture,
        };
    }

    /// <summary>
    /// While it is active: new commerce a full refund for 24 hours and a prorated one for seven days (billing-basics),
    /// software subscriptions prorated for seven days, marketplace SaaS in full for 24 hours (monthly) or 14 days
    /// (annual, create-a-new-subscription). Options already past are left out.
    /// </summary>
    public static IReadOnlyList<RefundOption> RefundOptions(Subscription subscription, DateTimeOffset now)
    {
        var created = subscription.CreationDate;
        IEnumerable<RefundOption> options = subscription.ProductType switch
        {
            ProductType.NewCommerce => [new("Full", created + FullRefundPeriod), new("Partial", created.AddDays(SevenDayWindowDays))],
            ProductType.SoftwareSubscription => [new("Partial", created.AddDays(SevenDayWindowDays))],
            ProductType.Saas or ProductType.SaasSeatBased when OpenEnumValue.Matches(subscription.Order.BillingCycle, "annual") => [new("Full", created.AddDays(14))],
            ProductType.Saas or ProductType.SaasSeatBased => [new("Full", created + FullRefundPeriod)],
            _ => [],
        };
        return subscription.IsActive ? [.. options.Where(option => option.ExpiresAt > now)] : [];
    }
}
