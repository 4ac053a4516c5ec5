using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>A customer tenant of one partner, with its orders.</summary>
public sealed class Customer
{
    /// <summary>
    /// Replaced as a whole when an order is added (under <see cref="EmulatorState.Gate"/>), so that
    /// readers, which take no lock, always see a complete list and its matching index.
    /// </summary>
    private volatile OrderBook _orders;

    internal Customer(Guid id, Guid commerceId, string companyName, string domain, string relationshipToPartner, IReadOnlyList<Order> orders)
    {
        Id = id;
        CommerceId = commerceId;
        CompanyName = companyName;
        Domain = domain;
        RelationshipToPartner = relationshipToPartner;
        _orders = new OrderBook([.. orders]);
    }

    public Guid Id { get; }

    public Guid CommerceId { get; }

    public string CompanyName { get; }

    public string Domain { get; }

    public string RelationshipToPartner { get; }

    public IReadOnlyList<Order> Orders => _orders.Orders;

    /// <summary>Order ids are opaque strings to the service, so they are matched exactly.</summary>
    public Order? FindOrder(string orderId) => _orders.ById.GetValueOrDefault(orderId);

    /// <summary>Called under <see cref="EmulatorState.Gate"/>.</summary>
    internal void AddOrder(Order order) => _orders = new OrderBook([.. _orders.Orders, order]);

    private sealed class OrderBook(Order[] orders)
    {
        public Order[] Orders { get; } = orders;

        public Dictionary<string, Order> ById { get; } = orders.ToDictionary(order => order.Id, StringComparer.Ordinal);
    }
}
