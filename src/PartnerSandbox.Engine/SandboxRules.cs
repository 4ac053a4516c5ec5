using System;
using System.Globalization;
using System.Linq;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>The integration sandbox's rules that the module checks before it sends anything.</summary>
public static class SandboxRules
{
    /// <summary>No sandbox order older than this (from its creationDate) can be cancelled.</summary>
    public static readonly TimeSpan CancellationWindow = TimeSpan.FromDays(60);

    public const string CancelledStatus = "cancelled";

    /// <summary>The service's refusal "non-sandbox tenants can't cancel this product type" (403): only primary accounts get it.</summary>
    public const string PrimaryAccountCode = "800019";

    /// <summary>The service's "tenant (customer) not found" (404): what a read of a deleted customer answers.</summary>
    public const string CustomerNotFoundCode = "60003";

    // Products that are never cancelled through their order (the service answers 800063: cancel the subscription).
    // Known by product id, the first part of an offer id (product:sku:availability).
    private static readonly (string ProductIdPrefix, string Reason)[] NotCancellableByOrder =
    {
        ("CFQ7TTC0", EngineMessages.NewCommerceByOrder),
        ("DZH318Z0BPS6", EngineMessages.AzurePlanByOrder),
    };

    public static bool IsPastCancellationWindow(DateTimeOffset? creationDate, DateTimeOffset now) =>
        creationDate is DateTimeOffset created && now - created > CancellationWindow;

    public static bool IsCancelled(string? status) => string.Equals(status, CancelledStatus, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Why the order cannot be cancelled, or null when, as far as the order shows, it can. Seat-based SaaS cannot be
    /// told from the order; the service refuses it (800077).
    /// </summary>
    public static string? WhyNotCancellable(Order order, DateTimeOffset now)
    {
        if (order is null)
        {
            throw new ArgumentNullException(nameof(order));
        }

        if (IsCancelled(order.Status))
        {
            return EngineMessages.AlreadyCancelledReason;
        }

        if (IsPastCancellationWindow(order.CreationDate, now))
        {
            return string.Format(CultureInfo.InvariantCulture, EngineMessages.PastWindowReason, (now - order.CreationDate!.Value).TotalDays, CancellationWindow.TotalDays);
        }

        return SubscriptionRule(order) is { } rule ? rule.Reason : null;
    }

    /// <summary>True for products that are cancelled through their subscription, never through the order.</summary>
    public static bool IsCancelledBySubscription(Order order) => SubscriptionRule(order) is not null;

    private static (string ProductIdPrefix, string Reason)? SubscriptionRule(Order order)
    {
        var offers = order.LineItems.Select(item => item.OfferId ?? string.Empty).ToList();
        foreach (var rule in NotCancellableByOrder)
        {
            if (offers.Any(offer => offer.StartsWith(rule.ProductIdPrefix, StringComparison.OrdinalIgnoreCase)))
            {
                return rule;
            }
        }

        return null;
    }
}
