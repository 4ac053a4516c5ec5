using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// All partners, indexed for the lookups the API makes. The partner list is fixed; customers and
/// orders come and go only under <see cref="EmulatorState.Gate"/>, while lookups take no lock.
/// </summary>
internal sealed class PartnerDirectory
{
    private readonly Dictionary<Guid, Partner> partnersByTenant;
    private readonly ConcurrentDictionary<Guid, Partner> ownerByCustomer;
    private readonly ConcurrentDictionary<string, Order> ordersById;
    private readonly ConcurrentDictionary<string, Subscription> subscriptionsById;

    /// <remarks>The seed loader guarantees that tenant, customer, order and subscription ids are unique.</remarks>
    public PartnerDirectory(IReadOnlyList<Partner> partners)
    {
        Partners = partners;
        partnersByTenant = partners.ToDictionary(partner => partner.TenantId);
        ownerByCustomer = new(partners.SelectMany(partner => partner.Customers.Select(customer => KeyValuePair.Create(customer.Id, partner))));
        ordersById = new(
            partners.SelectMany(partner => partner.Customers).SelectMany(customer => customer.Orders).Select(order => KeyValuePair.Create(order.Id, order)),
            StringComparer.Ordinal);
        subscriptionsById = new(
            ordersById.Values.SelectMany(order => order.Subscriptions).Select(subscription => KeyValuePair.Create(subscription.Id, subscription)),
            StringComparer.OrdinalIgnoreCase);
    }

    public static PartnerDirectory Empty { get; } = new([]);

    public IReadOnlyList<Partner> Partners { get; }

    public Partner? FindPartner(Guid tenantId) => partnersByTenant.GetValueOrDefault(tenantId);

    public Partner? FindCustomerOwner(Guid customerId) => ownerByCustomer.GetValueOrDefault(customerId);

    public Order? FindOrder(string orderId) => ordersById.GetValueOrDefault(orderId);

    public Subscription? FindSubscription(string subscriptionId) => subscriptionsById.GetValueOrDefault(subscriptionId);

    /// <summary>Called under <see cref="EmulatorState.Gate"/> with an id no order has yet.</summary>
    public void AddOrder(Customer customer, Order order)
    {
        customer.AddOrder(order);
        ordersById[order.Id] = order;
        foreach (var subscription in order.Subscriptions)
        {
            subscriptionsById[subscription.Id] = subscription;
        }
    }

    /// <summary>Called under <see cref="EmulatorState.Gate"/>; the customer's orders go with it.</summary>
    public void RemoveCustomer(Partner partner, Customer customer)
    {
        partner.RemoveCustomer(customer);
        ownerByCustomer.TryRemove(customer.Id, out _);
        foreach (var order in customer.Orders)
        {
            ordersById.TryRemove(order.Id, out _);
        }

        foreach (var subscription in customer.Subscriptions)
        {
            subscriptionsById.TryRemove(subscription.Id, out _);
        }
    }
}
