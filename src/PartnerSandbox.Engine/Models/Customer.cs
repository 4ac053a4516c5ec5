namespace PartnerSandbox.Engine.Models;

/// <summary>A customer of the partner. Its id is the customer's tenant id.</summary>
public sealed class Customer
{
    public string Id { get; set; } = string.Empty;

    public string? CommerceId { get; set; }

    public CompanyProfile? CompanyProfile { get; set; }

    public string? RelationshipToPartner { get; set; }

    public bool? AllowDelegatedAccess { get; set; }
}

public sealed class CompanyProfile
{
    public string? TenantId { get; set; }

    public string? Domain { get; set; }

    public string? CompanyName { get; set; }
}
