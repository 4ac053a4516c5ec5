namespace PartnerSandbox.Emulator.Identity;

/// <summary>The claim names (and well-known values) the issuer writes and the API reads.</summary>
internal static class EmulatorClaims
{
    public const string TenantId = "tid";
    public const string AppId = "appid";
    public const string AuthorizedParty = "azp";
    public const string IdentityType = "idtyp";
    public const string ObjectId = "oid";
    public const string Subject = "sub";
    public const string Version = "ver";
    public const string Scope = "scp";
    public const string UserPrincipalName = "upn";
    public const string PreferredUsername = "preferred_username";
    public const string Name = "name";
    public const string AuthenticationMethods = "amr";

    /// <summary><c>idtyp</c> of an app-only token.</summary>
    public const string AppIdentity = "app";

    /// <summary><c>idtyp</c> of an App+User token.</summary>
    public const string UserIdentity = "user";

    /// <summary>The <c>amr</c> value of a sign-in that did multi-factor authentication.</summary>
    public const string MultiFactor = "mfa";
}
