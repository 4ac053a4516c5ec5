namespace PartnerSandbox.Emulator.Identity;

/// <summary>The claim names the issuer writes and the API reads.</summary>
internal static class EmulatorClaims
{
    public const string TenantId = "tid";
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
    public const string IdentityType = "idtyp";
}
