using System;

namespace PartnerSandbox.Emulator.State;

/// <summary>A user of a partner tenant who can sign in for App+User tokens (device code, refresh tokens).</summary>
public sealed record PartnerUser(Guid ObjectId, string UserPrincipalName, string DisplayName)
{
    private volatile bool mfaRequired;

    /// <summary>
    /// Conditional access asks this user for MFA: a refresh token from a sign-in without MFA then gets
    /// <c>interaction_required</c> (AADSTS50076). From the seed, changed by the admin API until the next reset.
    /// </summary>
    public bool MfaRequired
    {
        get => mfaRequired;
        set => mfaRequired = value;
    }
}
