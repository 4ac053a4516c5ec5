using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>All seeded partners, indexed for the lookups the API makes. Immutable apart from order statuses.</summary>
internal sealed class PartnerDirectory
{
    private readonly Dictionary<Guid, Partner> _partnersByTenant;
    private readonly Dictionary<Guid, Partner> _ownerByCustomer;
    private readonly Dictionary<string, Order> _ordersById;

    /// <remarks>The seed loader guarantees that tenant, customer and order ids are unique.</remarks>
    public PartnerDirectory(IReadOnlyList<Partner> partners)
    {
        Partners = partners;
        _partnersByTenant = partners.ToDictionary(partner => partner.TenantId);
        _ownerByCustomer = partners
            .SelectMany(partner => partner.Customers.Select(customer => (customer.Id, partner)))
            .ToDictionary(pair => pair.Id, pair => pair.partner);
        _ordersById = partners
            .SelectMany(partner => partner.Customers)
            .SelectMany(customer => customer.Orders)
            .ToDictionary(order => order.Id, StringComparer.Ordinal);
    }

    public static PartnerDirectory Empty { get; } = new([]);

    public IReadOnlyList<Partner> Partners { get; }

    public Partner? FindPartner(Guid tenantId) => _partnersByTenant.GetValueOrDefault(tenantId);

    public Partner? FindCustomerOwner(Guid customerId) => _ownerByCustomer.GetValueOrDefault(customerId);

    public Order? FindOrder(string orderId) => _ordersById.GetValueOrDefault(orderId);
}
