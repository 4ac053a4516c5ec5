using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>A customer tenant of one partner, with its orders and their subscriptions.</summary>
public sealed class Customer
{
    /// <summary>
    /// Replaced as a whole when an order is added (under <see cref="EmulatorState.Gate"/>), so that
    /// readers, which take no lock, always see a complete list and its matching index.
    /// </summary>
    private volatile OrderBook orders;

    /// <param name="associatedPartnerId">The indirect reseller of this customer, if any (the Customer resource's <c>associatedPartnerId</c>).</param>
    /// <param name="indirectCloudSolutionProviderId">The indirect provider, if any: what an indirect reseller's filter by indirect CSP finds.</param>
    internal Customer(
        Guid id,
        Guid commerceId,
        string companyName,
        string domain,
        string relationshipToPartner,
        IReadOnlyList<Order> orders,
        Guid? associatedPartnerId = null,
        Guid? indirectCloudSolutionProviderId = null)
    {
        Id = id;
        AssociatedPartnerId = associatedPartnerId;
        IndirectCloudSolutionProviderId = indirectCloudSolutionProviderId;
        CommerceId = commerceId;
        CompanyName = companyName;
        Domain = domain;
        RelationshipToPartner = relationshipToPartner;
        this.orders = new OrderBook([.. orders]);
    }

    public Guid Id { get; }

    public Guid CommerceId { get; }

    public string CompanyName { get; }

    public string Domain { get; }

    public string RelationshipToPartner { get; }

    public Guid? AssociatedPartnerId { get; }

    public Guid? IndirectCloudSolutionProviderId { get; }

    public IReadOnlyList<Order> Orders => orders.Orders;

    /// <summary>Every order's subscriptions, in order.</summary>
    public IReadOnlyList<Subscription> Subscriptions => orders.Subscriptions;

    /// <summary>Order ids are opaque strings to the service, so they are matched exactly.</summary>
    public Order? FindOrder(string orderId) => orders.ById.GetValueOrDefault(orderId);

    /// <summary>Subscription ids are GUIDs, matched ignoring case as GUIDs are.</summary>
    public Subscription? FindSubscription(string subscriptionId) => orders.SubscriptionsById.GetValueOrDefault(subscriptionId);

    /// <summary>Called under <see cref="EmulatorState.Gate"/>.</summary>
    internal void AddOrder(Order order) => orders = new OrderBook([.. orders.Orders, order]);

    private sealed class OrderBook(Order[] orders)
    {
        public Order[] Orders { get; } = orders;

        public Dictionary<string, Order> ById { get; } = orders.ToDictionary(order => order.Id, StringComparer.Ordinal);

        public Subscription[] Subscriptions { get; } = [.. orders.SelectMany(order => order.Subscriptions)];

        /// <remarks>The seed loader guarantees that subscription ids are unique.</remarks>
        public Dictionary<string, Subscription> SubscriptionsById { get; } = orders
            .SelectMany(order => order.Subscriptions)
            .ToDictionary(subscription => subscription.Id, StringComparer.OrdinalIgnoreCase);
    }
}
