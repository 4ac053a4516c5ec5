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
    private readonly Dictionary<Guid, Partner> _partnersByTenant;
    private readonly ConcurrentDictionary<Guid, Partner> _ownerByCustomer;
    private readonly ConcurrentDictionary<string, Order> _ordersById;
    private readonly ConcurrentDictionary<string, Subscription> _subscriptionsById;

    /// <remarks>The seed loader guarantees that tenant, customer, order and subscription ids are unique.</remarks>
    public PartnerDirectory(IReadOnlyList<Partner> partners)
    {
        Partners = partners;
        _partnersByTenant = partners.ToDictionary(partner => partner.TenantId);
        _ownerByCustomer = new(partners.SelectMany(partner => partner.Customers.Select(customer => KeyValuePair.Create(customer.Id, partner))));
        _ordersById = new(
            partners.SelectMany(partner => partner.Customers).SelectMany(customer => customer.Orders).Select(order => KeyValuePair.Create(order.Id, order)),
            StringComparer.Ordinal);
        _subscriptionsById = new(
            _ordersById.Values.SelectMany(order => order.Subscriptions).Select(subscription => KeyValuePair.Create(subscription.Id, subscription)),
            StringComparer.OrdinalIgnoreCase);
    }

    public static PartnerDirectory Empty { get; } = new([]);

    public IReadOnlyList<Partner> Partners { get; }

    public Partner? FindPartner(Guid tenantId) => _partnersByTenant.GetValueOrDefault(tenantId);

    public Partner? FindCustomerOwner(Guid customerId) => _ownerByCustomer.GetValueOrDefault(customerId);

    public Order? FindOrder(string orderId) => _ordersById.GetValueOrDefault(orderId);

    public Subscription? FindSubscription(string subscriptionId) => _subscriptionsById.GetValueOrDefault(subscriptionId);

    /// <summary>Called under <see cref="EmulatorState.Gate"/> with an id no order has yet.</summary>
    public void AddOrder(Customer customer, Order order)
    {
        customer.AddOrder(order);
        _ordersById[order.Id] = order;
        foreach (var subscription in order.Subscriptions)
        {
            _subscriptionsById[subscription.Id] = subscription;
        }
    }

    /// <summary>Called under <see cref="EmulatorState.Gate"/>; the customer's orders go with it.</summary>
    public void RemoveCustomer(Partner partner, Customer customer)
    {
        partner.RemoveCustomer(customer);
        _ownerByCustomer.TryRemove(customer.Id, out _);
        foreach (var order in customer.Orders)
        {
            _ordersById.TryRemove(order.Id, out _);
        }

        foreach (var subscription in customer.Subscriptions)
        {
            _subscriptionsById.TryRemove(subscription.Id, out _);
        }
    }
}
