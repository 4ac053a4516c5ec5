using System;
using System.Collections.Generic;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Makes app-only, App+User and managed-identity access tokens and id tokens shaped like Entra ID v2.0 tokens, all signed with the one key.</summary>
internal sealed class TokenIssuer(SigningKey signingKey, TimeProvider clock, EmulatorOrigin origin, TimeSpan lifetime)
{
    // The amr claim: every emulated sign-in uses a password; some add a second factor.
    private static readonly string[] PasswordOnly = ["pwd"];
    private static readonly string[] PasswordAndMfa = ["pwd", EmulatorClaims.MultiFactor];

    // Times come from the virtual clock, never from the handler's own idea of now.
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TimeSpan Lifetime => lifetime;

    public string IssueAppOnlyToken(Guid tenantId, PartnerApplication application, string audience)
    {
        var clientId = application.ClientId.ToString();

        // The app's service principal in the tenant: stable, so the same app always gets the same oid.
        var servicePrincipalId = StableIds.Guid($"service-principal:{tenantId}:{clientId}").ToString();
        return Sign(tenantId, audience, new Dictionary<string, object>
        {
            [EmulatorClaims.TenantId] = tenantId.ToString(),
            [EmulatorClaims.AppId] = clientId,
            [EmulatorClaims.AuthorizedParty] = clientId,
            [EmulatorClaims.IdentityType] = EmulatorClaims.AppIdentity,
            [EmulatorClaims.ObjectId] = servicePrincipalId,
            [EmulatorClaims.Subject] = servicePrincipalId,
            [EmulatorClaims.Version] = "2.0",
        });
    }

    /// <summary>
    /// A managed identity's token, as the managed-identity endpoint hands it out: about the identity's principal (its
    /// <c>sub</c>, which a federated identity credential names), from the partner tenant's issuer.
    /// </summary>
    public string IssueManagedIdentityToken(Guid tenantId, ManagedIdentity identity, string audience)
    {
        var clientId = identity.ClientId.ToString();
        var principalId = identity.PrincipalId.ToString();
        return Sign(tenantId, audience, new Dictionary<string, object>
        {
            [EmulatorClaims.TenantId] = tenantId.ToString(),
            [EmulatorClaims.AppId] = clientId,
            [EmulatorClaims.AuthorizedParty] = clientId,
            [EmulatorClaims.IdentityType] = EmulatorClaims.AppIdentity,
            [EmulatorClaims.ObjectId] = principalId,
            [EmulatorClaims.Subject] = principalId,
            [EmulatorClaims.Version] = "2.0",
        });
    }

    /// <summary>An App+User (delegated) access token for the signed-in user.</summary>
    public string IssueUserToken(UserSignIn signIn, string audience)
    {
        var clientId = signIn.ClientId.ToString();
        return Sign(signIn.TenantId, audience, new Dictionary<string, object>
        {
            [EmulatorClaims.TenantId] = signIn.TenantId.ToString(),
            [EmulatorClaims.AppId] = clientId,
            [EmulatorClaims.AuthorizedParty] = clientId,
            [EmulatorClaims.IdentityType] = EmulatorClaims.UserIdentity,
            [EmulatorClaims.Scope] = DelegatedScope.UserImpersonation,
            [EmulatorClaims.ObjectId] = signIn.User.ObjectId.ToString(),
            [EmulatorClaims.Subject] = PairwiseSubject(signIn),
            [EmulatorClaims.UserPrincipalName] = signIn.User.UserPrincipalName,
            [EmulatorClaims.Name] = signIn.User.DisplayName,
            [EmulatorClaims.AuthenticationMethods] = signIn.Mfa ? PasswordAndMfa : PasswordOnly,
            [EmulatorClaims.Version] = "2.0",
        });
    }

    /// <summary>The OpenID Connect id token MSAL builds its account from: audience is the client, not an API.</summary>
    public string IssueIdToken(UserSignIn signIn) =>
        Sign(signIn.TenantId, signIn.ClientId.ToString(), new Dictionary<string, object>
        {
            [EmulatorClaims.TenantId] = signIn.TenantId.ToString(),
            [EmulatorClaims.ObjectId] = signIn.User.ObjectId.ToString(),
            [EmulatorClaims.Subject] = PairwiseSubject(signIn),
            [EmulatorClaims.PreferredUsername] = signIn.User.UserPrincipalName,
            [EmulatorClaims.Name] = signIn.User.DisplayName,
            [EmulatorClaims.Version] = "2.0",
        });

    /// <summary>Entra's v2.0 <c>sub</c> differs per app for the same user, and never changes.</summary>
    private static string PairwiseSubject(UserSignIn signIn) =>
        Base64UrlEncoder.Encode(StableIds.Guid($"subject:{signIn.User.ObjectId}:{signIn.ClientId}").ToByteArray());

    private string Sign(Guid tenantId, string audience, Dictionary<string, object> claims)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = origin.Issuer(tenantId),
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = WholeSecondAtOrAfter(now + lifetime),
            SigningCredentials = signingKey.Credentials,
            Claims = claims,
        });
    }

    /// <summary>
    /// JWT times are whole seconds and the handler drops the fraction. Dropped from the expiry, the token
    /// would die up to a second before the <c>expires_in</c> it was issued with, and a client that renews by
    /// <c>expires_in</c> (as MSAL does) would hold an expired token for that long; rounded up, it never does.
    /// </summary>
    private static DateTime WholeSecondAtOrAfter(DateTime time)
    {
        var fraction = time.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? time : time.AddTicks(TimeSpan.TicksPerSecond - fraction);
    }
}
