using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// The token endpoint's side of the device-code flow (RFC 8628): the client polls with its device code
/// and gets <c>authorization_pending</c> until a user approves (tokens, once), denies
/// (<c>authorization_declined</c>) or the code expires (<c>expired_token</c>). With an approval delay set,
/// a code counts as approved by the partner's first user, with MFA, once the delay has passed by the virtual clock.
/// </summary>
internal sealed class DeviceCodeGrant(ClientAuthenticator authenticator, DeviceCodeStore deviceCodes, IdentitySettings settings, UserSignInResponse response, TimeProvider clock) : ITokenGrant
{
    // MSAL.NET sends the short form; RFC 8628 defines the URN.
    public IReadOnlyList<string> GrantTypes { get; } = ["device_code", "urn:ietf:params:oauth:grant-type:device_code"];

    public async Task<TokenOutcome> GrantAsync(TokenRequest request)
    {
        if (request.Parameter("device_code") is not { } deviceCode)
        {
            return TokenOutcome.Failure(AadErrors.MissingParameter("device_code"));
        }

        if (await authenticator.AuthenticateAsync(request, AadErrors.MissingCredentialOfConfidentialClient(), publicClientMayOmit: true).ConfigureAwait(false) is { } refused)
        {
            return TokenOutcome.Failure(refused);
        }

        var authorization = deviceCodes.FindByDeviceCode(deviceCode);
        if (authorization is null || authorization.TenantId != request.Partner.TenantId || authorization.ClientId != request.Application.ClientId)
        {
            return TokenOutcome.Failure(AadErrors.UnknownDeviceCode());
        }

        var now = clock.GetUtcNow();
        if (settings.DeviceCodeApprovalDelay is { } delay && now >= authorization.IssuedAt + delay)
        {
            if (request.Partner.Users.Count == 0)
            {
                return TokenOutcome.Failure(AadErrors.UserNotFound(request.Tenant));
            }

            authorization.TryApprove(request.Partner.Users[0], mfa: true, now);
        }

        var (status, signIn) = authorization.Poll(now);
        return status switch
        {
            DeviceAuthorizationStatus.Approved => TokenOutcome.Success(response.Create(signIn!, authorization.Resource)),
            DeviceAuthorizationStatus.Pending => TokenOutcome.Failure(AadErrors.AuthorizationPending()),
            DeviceAuthorizationStatus.Denied => TokenOutcome.Failure(AadErrors.AuthorizationDeclined()),
            DeviceAuthorizationStatus.Expired => TokenOutcome.Failure(AadErrors.DeviceCodeExpired()),
            _ => TokenOutcome.Failure(AadErrors.InvalidGrant("The device code has already been redeemed.")),
        };
    }
}
