using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>A partner tenant: its app registrations, its users, its runbook host's managed identities and its customers.</summary>
public sealed class Partner
{
    /// <summary>Replaced as a whole when a customer is deleted (under <see cref="EmulatorState.Gate"/>); readers take no lock.</summary>
    private volatile CustomerBook customers;

    internal Partner(
        Guid tenantId,
        string name,
        PartnerKind kind,
        IReadOnlyList<PartnerApplication> applications,
        IReadOnlyList<Customer> customers,
        IReadOnlyList<PartnerUser>? users = null,
        IReadOnlyList<ManagedIdentity>? managedIdentities = null)
    {
        Users = users ?? [];
        ManagedIdentities = managedIdentities ?? [];
        TenantId = tenantId;
        Name = name;
        Kind = kind;
        Applications = applications;
        this.customers = new CustomerBook([.. customers], Version: 0);
    }

    public Guid TenantId { get; }

    public string Name { get; }

    public PartnerKind Kind { get; }

    public IReadOnlyList<PartnerApplication> Applications { get; }

    /// <summary>The users who can sign in (App+User tokens); the first one approves device codes automatically.</summary>
    public IReadOnlyList<PartnerUser> Users { get; }

    /// <summary>The managed identities of the partner's runbook host: at most one system-assigned, any number user-assigned.</summary>
    public IReadOnlyList<ManagedIdentity> ManagedIdentities { get; }

    public IReadOnlyList<Customer> Customers => customers.Customers;

    /// <summary>Changes whenever the customer list does, so that a continuation token can tell it is stale.</summary>
    internal int CustomersVersion => customers.Version;

    public PartnerApplication? FindApplication(Guid clientId) => Applications.FirstOrDefault(app => app.ClientId == clientId);

    /// <summary>User principal names are matched ignoring case, as Entra ID does.</summary>
    public PartnerUser? FindUser(string userPrincipalName) =>
        Users.FirstOrDefault(user => string.Equals(user.UserPrincipalName, userPrincipalName, StringComparison.OrdinalIgnoreCase));

    public Customer? FindCustomer(Guid customerId) => customers.ById.GetValueOrDefault(customerId);

    /// <summary>Called under <see cref="EmulatorState.Gate"/>.</summary>
    internal void RemoveCustomer(Customer customer)
    {
        var current = customers;
        customers = new CustomerBook([.. current.Customers.Where(candidate => candidate != customer)], current.Version + 1);
    }

    private sealed record CustomerBook(Customer[] Customers, int Version)
    {
        public Dictionary<Guid, Customer> ById { get; } = Customers.ToDictionary(customer => customer.Id);
    }
}
