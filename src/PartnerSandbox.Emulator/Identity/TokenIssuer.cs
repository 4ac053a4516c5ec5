using System;
using System.Collections.Generic;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Makes app-only access tokens shaped like Entra ID v2.0 tokens.</summary>
internal sealed class TokenIssuer(SigningKey signingKey, TimeProvider clock, EmulatorOrigin origin, TimeSpan lifetime)
{
    // Times come from the virtual clock, never from the handler's own idea of now.
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TimeSpan Lifetime => lifetime;

    public string IssueAppOnlyToken(Guid tenantId, PartnerApplication application, string audience)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var clientId = application.ClientId.ToString();

        // The app's service principal in the tenant: stable, so the same app always gets the same oid.
        var servicePrincipalId = StableIds.Guid($"service-principal:{tenantId}:{clientId}").ToString();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = origin.Issuer(tenantId),
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = signingKey.Credentials,
            Claims = new Dictionary<string, object>
            {
                [EmulatorClaims.TenantId] = tenantId.ToString(),
                [EmulatorClaims.AppId] = clientId,
                [EmulatorClaims.AuthorizedParty] = clientId,
                [EmulatorClaims.IdentityType] = "app",
                ["oid"] = servicePrincipalId,
                ["sub"] = servicePrincipalId,
                ["ver"] = "2.0",
            },
        });
    }
}
