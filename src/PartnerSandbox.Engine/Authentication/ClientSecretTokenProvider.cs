using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication
{
    /// <summary>
    /// App-only sign-in with a client secret (client credentials grant) through MSAL. MSAL caches the token in memory
    /// and renews it before it expires, so a long run never sends an expired token.
    /// </summary>
    internal sealed class ClientSecretTokenProvider : ITokenProvider
    {
        private readonly HttpClient signInHttp;
        private readonly IConfidentialClientApplication application;
        private readonly string[] scopes;
        private readonly string tenantId;

        public ClientSecretTokenProvider(ConnectionSettings settings, string clientId, string clientSecret, HttpMessageHandler transport)
        {
            // Sign-in goes over the connection's transport, so -SkipCertificateCheck (loopback only) applies to it too.
            signInHttp = new HttpClient(transport, disposeHandler: false);
            tenantId = settings.TenantId;
            scopes = new[] { settings.Audience + "/.default" };
            var builder = ConfidentialClientApplicationBuilder.Create(clientId)
                .WithClientSecret(clientSecret)
                .WithHttpClientFactory(new MsalHttpClientFactory(signInHttp))
                .WithLogging(MsalLogBridge.Write, LogLevel.Info, enablePiiLogging: false, enableDefaultPlatformLogging: false);
            application = MsalAuthority.Apply(builder, settings).Build();
        }

        public string SignInKind => "ClientSecret";

        public void Dispose() => signInHttp.Dispose();

        public async Task<AccessToken> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            try
            {
                var result = await application.AcquireTokenForClient(scopes)
                    .WithForceRefresh(forceRefresh)
                    .ExecuteAsync(cancellationToken)
                    .ConfigureAwait(false);
                return new AccessToken(result.AccessToken, result.ExpiresOn);
            }
            catch (MsalException ex)
            {
                throw SignInFailures.Translate(ex, tenantId);
            }
            catch (HttpRequestException ex)
            {
                throw SignInFailures.Unreachable(ex, tenantId);
            }
        }
    }
}
