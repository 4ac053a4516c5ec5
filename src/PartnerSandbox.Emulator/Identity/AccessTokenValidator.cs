using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Checks a bearer token the way the Partner Center API would: signed by this emulator, for a Partner
/// Center audience, with its tenant's issuer, within its lifetime by the virtual clock, and from a seeded
/// partner tenant. Signature, audience and issuer never change for a token string, so they are checked
/// once and remembered; lifetime and tenant are checked at every call, with the token clock skew knob's
/// tolerance (the real service allows for differing clocks of issuer and API). A token for the retired Azure AD Graph
/// audience gets the service's own refusal (900420); every other bad token the missing-token code (800001).
/// </summary>
internal sealed class AccessTokenValidator(SigningKey signingKey, TimeProvider clock, EmulatorOrigin origin, EmulatorState state, EmulatorKnobs knobs)
{
    private readonly JsonWebTokenHandler handler = new();
    private readonly ValidatedTokenCache cache = new();

    public async Task<TokenCheck> ValidateAsync(string token)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (cache.TryGet(token, out var remembered))
        {
            return CheckCurrent(remembered, now);
        }

        var read = await ReadAsync(token).ConfigureAwait(false);
        if (read.Token is not { } validated)
        {
            return new TokenCheck(null, null, read.Refusal);
        }

        var check = CheckCurrent(validated, now);
        if (check.IsAccepted)
        {
            cache.Add(token, validated, now);
        }

        return check;
    }

    private async Task<(ValidatedToken? Token, ApiError? Refusal)> ReadAsync(string token)
    {
        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = signingKey.SecurityKey,
            ValidAudiences = PartnerCenterAudiences.All,
            // Each tenant has its own issuer, and "now" is the virtual clock's: both are checked here and in CheckCurrent.
            ValidateIssuer = false,
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return (null, result.Exception is SecurityTokenInvalidAudienceException && IsForRetiredGraph(token)
                ? ApiErrors.RetiredGraphAudience()
                : ApiErrors.InvalidToken(DescribeFailure(result.Exception)));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>(EmulatorClaims.TenantId, out var tenantClaim) || !Guid.TryParse(tenantClaim, out var tenantId))
        {
            return (null, ApiErrors.InvalidToken("The token's tenant is not a Partner Center partner."));
        }

        if (jwt.Issuer != origin.Issuer(tenantId))
        {
            return (null, ApiErrors.InvalidToken("The token's issuer does not match its tenant."));
        }

        if (jwt.ValidTo == DateTime.MinValue)
        {
            return (null, ApiErrors.InvalidToken("The token has expired."));
        }

        var isAppUser = jwt.TryGetPayloadValue<string>(EmulatorClaims.IdentityType, out var identityType) && identityType == EmulatorClaims.UserIdentity;
        var hasMfa = jwt.TryGetPayloadValue<string[]>(EmulatorClaims.AuthenticationMethods, out var methods) && methods.Contains(EmulatorClaims.MultiFactor);
        return (new ValidatedToken(tenantId, jwt.ValidFrom, jwt.ValidTo, isAppUser, hasMfa), null);
    }

    private TokenCheck CheckCurrent(ValidatedToken token, DateTime now)
    {
        var skew = knobs.Current.TokenClockSkew;
        if (now > token.ValidTo + skew)
        {
            return TokenCheck.Refused("The token has expired.");
        }

        if (now < token.ValidFrom - skew)
        {
            return TokenCheck.Refused("The token is not valid yet.");
        }

        return state.FindPartner(token.TenantId) is { } partner
            ? TokenCheck.Accepted(partner, token)
            : TokenCheck.Refused("The token's tenant is not a Partner Center partner.");
    }

    /// <summary>Only reached for a token that could be read far enough to check its audience.</summary>
    private bool IsForRetiredGraph(string token) =>
        handler.CanReadToken(token) && handler.ReadJsonWebToken(token).Audiences.Any(PartnerCenterAudiences.IsRetiredGraph);

    private static string DescribeFailure(Exception? failure) => failure switch
    {
        SecurityTokenInvalidAudienceException => "The token's audience is not the Partner Center API.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature is not valid.",
        _ => "The token could not be read or its signature checked.",
    };
}

/// <summary>Either the partner a token speaks for (and what the token says), or the API's refusal.</summary>
internal sealed record TokenCheck(Partner? Partner, ValidatedToken? Token, ApiError? Refusal)
{
    [MemberNotNullWhen(true, nameof(Partner), nameof(Token))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAccepted => Partner is not null;

    public static TokenCheck Accepted(Partner partner, ValidatedToken token) => new(partner, token, null);

    public static TokenCheck Refused(string reason) => new(null, null, ApiErrors.InvalidToken(reason));
}
