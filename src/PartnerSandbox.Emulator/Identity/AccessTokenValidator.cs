using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Checks a bearer token the way the Partner Center API would: signed by this emulator, within its
/// lifetime by the virtual clock, for a Partner Center audience, and from a seeded partner tenant.
/// </summary>
internal sealed class AccessTokenValidator(SigningKey signingKey, TimeProvider clock, EmulatorOrigin origin, EmulatorState state)
{
    /// <summary>Tolerates small differences between the clocks of token issuer and API, as the real service does.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<TokenCheck> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = signingKey.SecurityKey,
            ValidAudiences = PartnerCenterAudiences.All,
            // Each tenant has its own issuer, and "now" is the virtual clock's: both are checked below.
            ValidateIssuer = false,
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return TokenCheck.Refused(DescribeFailure(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        var now = clock.GetUtcNow().UtcDateTime;
        if (jwt.ValidTo == DateTime.MinValue || now > jwt.ValidTo + ClockSkew)
        {
            return TokenCheck.Refused("The token has expired.");
        }

        if (now < jwt.ValidFrom - ClockSkew)
        {
            return TokenCheck.Refused("The token is not valid yet.");
        }

        if (!jwt.TryGetPayloadValue<string>(EmulatorClaims.TenantId, out var tenantClaim)
            || !Guid.TryParse(tenantClaim, out var tenantId)
            || state.FindPartner(tenantId) is not { } partner)
        {
            return TokenCheck.Refused("The token's tenant is not a Partner Center partner.");
        }

        return jwt.Issuer == origin.Issuer(tenantId)
            ? TokenCheck.Accepted(partner)
            : TokenCheck.Refused("The token's issuer does not match its tenant.");
    }

    private static string DescribeFailure(Exception? failure) => failure switch
    {
        SecurityTokenInvalidAudienceException => "The token's audience is not the Partner Center API.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        _ => "The token could not be read or its signature checked.",
    };
}

/// <summary>Either the partner a token speaks for, or why it was refused.</summary>
internal sealed record TokenCheck(Partner? Partner, string? RefusalReason)
{
    [MemberNotNullWhen(true, nameof(Partner))]
    [MemberNotNullWhen(false, nameof(RefusalReason))]
    public bool IsAccepted => Partner is not null;

    public static TokenCheck Accepted(Partner partner) => new(partner, null);

    public static TokenCheck Refused(string reason) => new(null, reason);
}
