using System.Net.Http;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// The Secure Application Model: a refresh token from a partner admin's one-time MFA sign-in, redeemed by the
/// application with its own secret or certificate. The rotated refresh token is available as
/// <see cref="UserTokenProvider.CurrentRefreshToken"/>.
/// </summary>
internal sealed class RefreshTokenProvider : UserTokenProvider
{
    private readonly string refreshToken;

    public RefreshTokenProvider(ConnectionSettings settings, string clientId, AppCredential credential, SecureString refreshToken, HttpMessageHandler transport)
        : base(settings, transport, http => MsalApplications.Confidential(settings, clientId, credential, http))
    {
        this.refreshToken = SecureStrings.Reveal(refreshToken);
    }

    public override string SignInKind => "RefreshToken";

    protected override Task<AuthenticationResult> AcquireFirstAsync(CancellationToken cancellationToken) =>
        ((IByRefreshToken)Application).AcquireTokenByRefreshToken(Scopes, refreshToken).ExecuteAsync(cancellationToken);
}
