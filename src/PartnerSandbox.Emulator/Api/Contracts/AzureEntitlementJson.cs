using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>An Azure subscription under an Azure plan, as get-a-list-of-azure-entitlements-for-subscription shows it.</summary>
internal sealed record AzureEntitlementJson(string Id, string FriendlyName, string Status, string SubscriptionId, SelfLinksJson Links)
{
    public static AzureEntitlementJson From(AzureEntitlement entitlement, Subscription plan) => new(
        entitlement.Id,
        entitlement.FriendlyName,
        entitlement.Status,
        plan.Id,
        new SelfLinksJson(LinkJson.Get($"{SubscriptionJson.SelfUri(plan)}/azureEntitlements/{entitlement.Id}")));
}
