using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>A subscription with what its cancellation depends on beyond itself: for an Azure plan, the active Azure subscriptions under it.</summary>
public sealed class SubscriptionDetails
{
    public SubscriptionDetails(Subscription subscription, IReadOnlyList<string>? activeAzureSubscriptions)
    {
        Subscription = subscription;
        ActiveAzureSubscriptions = activeAzureSubscriptions;
    }

    public Subscription Subscription { get; }

    /// <summary>The ids of the active Azure subscriptions under an Azure plan that is not cancelled; null for anything else.</summary>
    public IReadOnlyList<string>? ActiveAzureSubscriptions { get; }
}

/// <summary>
/// Reads subscriptions with their details: an Azure plan that is not cancelled is suspended only when no Azure
/// subscription under it is active (900115), so its Azure subscriptions are read too (one more request per plan).
/// </summary>
public sealed class SubscriptionReader
{
    private readonly PartnerCenterClient client;

    public SubscriptionReader(PartnerCenterClient client)
    {
        this.client = client;
    }

    /// <summary>A customer's subscriptions, or those of one order.</summary>
    public async Task<IReadOnlyList<SubscriptionDetails>> ListAsync(string customerId, string? orderId, CancellationToken cancellationToken)
    {
        var subscriptions = await client.GetSubscriptionsAsync(customerId, orderId, cancellationToken).ConfigureAwait(false);
        var details = new List<SubscriptionDetails>(subscriptions.Count);
        foreach (var subscription in subscriptions)
        {
            details.Add(await DetailsAsync(customerId, subscription, cancellationToken).ConfigureAwait(false));
        }

        return details;
    }

    public async Task<SubscriptionDetails> GetAsync(string customerId, string subscriptionId, CancellationToken cancellationToken) =>
        await DetailsAsync(customerId, await client.GetSubscriptionAsync(customerId, subscriptionId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<SubscriptionDetails> DetailsAsync(string customerId, Subscription subscription, CancellationToken cancellationToken)
    {
        if (SubscriptionRules.ProductOf(subscription) != SubscriptionProduct.AzurePlan || SubscriptionRules.IsCancelled(subscription))
        {
            return new SubscriptionDetails(subscription, null);
        }

        var azureSubscriptions = await client.GetAzureEntitlementsAsync(customerId, subscription.Id, cancellationToken).ConfigureAwait(false);
        return new SubscriptionDetails(subscription, SubscriptionRules.ActiveIds(azureSubscriptions));
    }
}
