using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>App-only sign-in (client credentials grant) with a client secret or a certificate, through MSAL.</summary>
internal sealed class ClientCredentialsTokenProvider : MsalTokenProvider
{
    private readonly IConfidentialClientApplication application;
    private readonly string[] scopes;

    public ClientCredentialsTokenProvider(ConnectionSettings settings, string clientId, AppCredential credential, HttpMessageHandler transport)
        : base(settings, transport)
    {
        scopes = new[] { settings.Audience + "/.default" };
        application = MsalApplications.Confidential(settings, clientId, credential, SignInHttp);
        SignInKind = credential.Kind;
        Account = clientId;
    }

    public override string SignInKind { get; }

    protected override async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await RunMsal(() => application.AcquireTokenForClient(scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken))
            .ConfigureAwait(false);
        return new AccessToken(result.AccessToken, result.ExpiresOn);
    }
}
