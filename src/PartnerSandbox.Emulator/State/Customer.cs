using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>A customer tenant of one partner, with its orders.</summary>
public sealed class Customer
{
    internal Customer(Guid id, Guid commerceId, string companyName, string domain, string relationshipToPartner, IReadOnlyList<Order> orders)
    {
        Id = id;
        CommerceId = commerceId;
        CompanyName = companyName;
        Domain = domain;
        RelationshipToPartner = relationshipToPartner;
        Orders = orders;
    }

    public Guid Id { get; }

    public Guid CommerceId { get; }

    public string CompanyName { get; }

    public string Domain { get; }

    public string RelationshipToPartner { get; }

    public IReadOnlyList<Order> Orders { get; }

    /// <summary>Order ids are opaque strings to the service, so they are matched exactly.</summary>
    public Order? FindOrder(string orderId) => Orders.FirstOrDefault(order => order.Id == orderId);
}
