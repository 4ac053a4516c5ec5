using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>
/// The Customer resource. <c>AllowDelegatedAccess</c> is only written by get-by-id; <c>AssociatedPartnerId</c> (the
/// indirect reseller) only when there is one.
/// </summary>
internal sealed record CustomerJson(
    string Id,
    string CommerceId,
    CompanyProfileJson CompanyProfile,
    string RelationshipToPartner,
    bool? AllowDelegatedAccess,
    string? AssociatedPartnerId,
    SelfLinksJson Links,
    ResourceAttributesJson Attributes)
{
    public static CustomerJson From(Customer customer, bool isSingleResource)
    {
        var id = customer.Id.ToString();
        return new CustomerJson(
            id,
            customer.CommerceId.ToString(),
            new CompanyProfileJson(id, customer.Domain, customer.CompanyName, new ResourceAttributesJson("CustomerCompanyProfile")),
            customer.RelationshipToPartner,
            isSingleResource ? true : null,
            customer.AssociatedPartnerId?.ToString(),
            new SelfLinksJson(LinkJson.Get($"/v1/customers/{id}")),
            new ResourceAttributesJson("Customer"));
    }
}

internal sealed record CompanyProfileJson(string TenantId, string Domain, string CompanyName, ResourceAttributesJson Attributes);
