using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>A partner tenant: its app registrations and its customers.</summary>
public sealed class Partner
{
    internal Partner(Guid tenantId, string name, PartnerKind kind, IReadOnlyList<PartnerApplication> applications, IReadOnlyList<Customer> customers)
    {
        TenantId = tenantId;
        Name = name;
        Kind = kind;
        Applications = applications;
        Customers = customers;
    }

    public Guid TenantId { get; }

    public string Name { get; }

    public PartnerKind Kind { get; }

    public IReadOnlyList<PartnerApplication> Applications { get; }

    public IReadOnlyList<Customer> Customers { get; }

    public PartnerApplication? FindApplication(Guid clientId) => Applications.FirstOrDefault(app => app.ClientId == clientId);

    public Customer? FindCustomer(Guid customerId) => Customers.FirstOrDefault(customer => customer.Id == customerId);
}
