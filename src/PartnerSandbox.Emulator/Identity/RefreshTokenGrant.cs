using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// <c>grant_type=refresh_token</c>, the Secure Application Model: the app proves itself (secret or
/// assertion; a public client may not), then spends the refresh token for App+User tokens and a new
/// refresh token. The client is checked first, so that a wrong secret never spends the token. A user whom
/// conditional access asks for MFA (<see cref="PartnerUser.MfaRequired"/>) must have signed in with it.
/// </summary>
internal sealed class RefreshTokenGrant(ClientAuthenticator authenticator, RefreshTokenStore refreshTokens, UserSignInResponse response, EmulatorKnobs knobs) : ITokenGrant
{
    public IReadOnlyList<string> GrantTypes { get; } = ["refresh_token"];

    public async Task<TokenOutcome> GrantAsync(TokenRequest request)
    {
        if (await authenticator.AuthenticateAsync(request, AadErrors.MissingCredentialOfConfidentialClient(), publicClientMayOmit: true).ConfigureAwait(false) is { } refused)
        {
            return TokenOutcome.Failure(refused);
        }

        if (request.Parameter("refresh_token") is not { } refreshToken)
        {
            return TokenOutcome.Failure(AadErrors.MissingParameter("refresh_token"));
        }

        if (request.Parameter("scope") is not { } scope)
        {
            return TokenOutcome.Failure(AadErrors.MissingParameter("scope"));
        }

        if (DelegatedScope.ResourceOf(scope) is not { } resource)
        {
            return TokenOutcome.Failure(AadErrors.InvalidDelegatedScope(scope));
        }

        var redemption = refreshTokens.Redeem(
            refreshToken,
            request.Partner.TenantId,
            request.Application.ClientId,
            knobs.Current.RefreshTokenReuse,
            signIn => !signIn.Mfa && request.Partner.Users.Any(user => user.ObjectId == signIn.User.ObjectId && user.MfaRequired));
        if (redemption.SignIn is not { } signIn)
        {
            return TokenOutcome.Failure(redemption.Failure switch
            {
                RefreshTokenFailure.AlreadyUsed => AadErrors.InvalidGrant("The refresh token has already been used: each one is good for one redemption, use the new one from that answer."),
                RefreshTokenFailure.Revoked => AadErrors.RefreshTokenRevoked(redemption.IssuedAt),
                RefreshTokenFailure.ExpiredByInactivity => AadErrors.RefreshTokenExpiredByInactivity(redemption.IssuedAt, RefreshTokenStore.MaxInactivity),
                RefreshTokenFailure.InteractionRequired => AadErrors.MfaRequiredByConditionalAccess(resource),
                _ => AadErrors.InvalidGrant("The refresh token is not known for this application and tenant."),
            });
        }

        // The user may have gone with a reset to a seed without them; the name may have changed.
        return request.Partner.Users.FirstOrDefault(user => user.ObjectId == signIn.User.ObjectId) is { } user
            ? TokenOutcome.Success(response.Create(signIn with { User = user }, resource))
            : TokenOutcome.Failure(AadErrors.UserNotFound(request.Tenant));
    }
}
