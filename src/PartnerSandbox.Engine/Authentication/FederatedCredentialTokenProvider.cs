using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication;

/// <summary>
/// App-only sign-in with a federated identity credential: no secret exists; MSAL asks for a client assertion (a
/// managed identity's or a CI job's token for api://AzureADTokenExchange) whenever it goes to the token endpoint, so
/// every renewal presents a current one.
/// </summary>
internal sealed class FederatedCredentialTokenProvider : MsalTokenProvider
{
    private readonly ClientAssertionSource assertions;
    private readonly IConfidentialClientApplication application;
    private readonly string[] scopes;

    /// <param name="createAssertions">Makes the assertion source over the connection's sign-in HTTP client.</param>
    public FederatedCredentialTokenProvider(
        ConnectionSettings settings, string clientId, Func<HttpClient, ClientAssertionSource> createAssertions, HttpMessageHandler transport)
        : base(settings, transport)
    {
        assertions = createAssertions(SignInHttp);
        scopes = new[] { settings.Audience + "/.default" };
        application = MsalApplications.ConfidentialWithAssertion(
            settings, clientId, options => assertions.GetAssertionAsync(options.CancellationToken), SignInHttp);
        Account = clientId;
    }

    public override string SignInKind => assertions.Kind;

    public override void Dispose()
    {
        assertions.Dispose();
        base.Dispose();
    }

    protected override async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            var result = await RunMsal(() => application.AcquireTokenForClient(scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken))
                .ConfigureAwait(false);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
        catch (PartnerCenterException failure) when (assertions.Explain(failure) is { } explained)
        {
            throw explained;
        }
    }
}
