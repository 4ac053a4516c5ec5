using PartnerSandbox.Engine.Models;

namespace PartnerSandbox;

/// <summary>A customer of the partner. CustomerId binds by property name to Get-PCSandboxOrder.</summary>
public sealed class PCSandboxCustomer
{
    internal PCSandboxCustomer(Customer customer)
    {
        CustomerId = customer.Id;
        CompanyName = customer.CompanyProfile?.CompanyName;
        Domain = customer.CompanyProfile?.Domain;
        Relationship = customer.RelationshipToPartner;
        CommerceId = customer.CommerceId;
    }

    public string CustomerId { get; }

    public string? CompanyName { get; }

    public string? Domain { get; }

    /// <summary>The partner's relationship to the customer, as the service sent it (reseller, advisor, ...).</summary>
    public string? Relationship { get; }

    public string? CommerceId { get; }

    public override string ToString() => CompanyName ?? CustomerId;
}
