using System;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>The identity part of tests/seeds/test.json: the sandbox partner's users and its public client app.</summary>
internal static class IdentitySeed
{
    public const string AdminUpn = "admin@fabrikam.onmicrosoft.com";
    public static readonly Guid AdminObjectId = Guid.Parse("5e000000-0000-0000-0000-000000000001");
    public const string AdminName = "Fabrikam Admin";

    public const string HelpdeskUpn = "helpdesk@fabrikam.onmicrosoft.com";
    public static readonly Guid HelpdeskObjectId = Guid.Parse("5e000000-0000-0000-0000-000000000002");

    /// <summary>Conditional access asks this user for MFA (seed <c>mfaRequired</c>).</summary>
    public const string MfaEnforcedUpn = "mfa-enforced@fabrikam.onmicrosoft.com";
    public static readonly Guid MfaEnforcedObjectId = Guid.Parse("5e000000-0000-0000-0000-000000000003");

    /// <summary>allowPublicClient, no secret: device code, and refresh tokens without a credential.</summary>
    public static readonly Guid PublicClient = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000003");

    public const string UserScope = "https://api.partnercenter.microsoft.com/user_impersonation offline_access openid profile";
}
