using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// Turns a user's sign-in into the token response of the refresh-token and device-code grants: an
/// App+User access token, a new refresh token (rotation), an id token and <c>client_info</c>, the two
/// that MSAL builds its account and cache keys from.
/// </summary>
internal sealed class UserSignInResponse(TokenIssuer issuer, RefreshTokenStore refreshTokens)
{
    public TokenResponseJson Create(UserSignIn signIn, string resource)
    {
        var lifetimeSeconds = (int)issuer.Lifetime.TotalSeconds;
        return new TokenResponseJson(
            TokenType: "Bearer",
            ExpiresIn: lifetimeSeconds,
            ExtExpiresIn: lifetimeSeconds,
            AccessToken: issuer.IssueUserToken(signIn, resource),
            Scope: DelegatedScope.Granted(resource),
            RefreshToken: refreshTokens.Issue(signIn),
            IdToken: issuer.IssueIdToken(signIn),
            ClientInfo: ClientInfo(signIn));
    }

    /// <summary>MSAL's <c>client_info</c>: base64url of <c>{"uid": user object id, "utid": tenant id}</c>.</summary>
    private static string ClientInfo(UserSignIn signIn) =>
        Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new ClientInfoJson(signIn.User.ObjectId.ToString(), signIn.TenantId.ToString()), IdentityJson.Options)));
}

internal sealed record ClientInfoJson(string Uid, string Utid);
