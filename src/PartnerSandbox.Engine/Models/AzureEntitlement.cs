namespace PartnerSandbox.Engine.Models;

/// <summary>An Azure subscription under an Azure plan (get-a-list-of-azure-entitlements-for-subscription).</summary>
public sealed class AzureEntitlement
{
    public string Id { get; set; } = string.Empty;

    public string? FriendlyName { get; set; }

    /// <summary>"active" or "inactive" (kept as sent).</summary>
    public string? Status { get; set; }
}
