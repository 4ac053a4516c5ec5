using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using PartnerSandbox.Engine.Connections;

namespace PartnerSandbox.Engine.Authentication
{
    /// <summary>App-only sign-in (client credentials grant) with a client secret or a certificate, through MSAL.</summary>
    internal sealed class ClientCredentialsTokenProvider : RenewingTokenProvider
    {
        private readonly HttpClient signInHttp;
        private readonly IConfidentialClientApplication application;
        private readonly string[] scopes;
        private readonly string tenantId;

        public ClientCredentialsTokenProvider(ConnectionSettings settings, string clientId, AppCredential credential, HttpMessageHandler transport)
            : base(null)
        {
            tenantId = settings.TenantId;
            scopes = new[] { settings.Audience + "/.default" };
            signInHttp = new HttpClient(transport, disposeHandler: false);
            application = MsalApplications.Confidential(settings, clientId, credential, signInHttp);
            SignInKind = credential.Kind;
        }

        public override string SignInKind { get; }

        public override void Dispose()
        {
            signInHttp.Dispose();
            base.Dispose();
        }

        protected override async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
        {
            var result = await MsalApplications.Run(
                () => application.AcquireTokenForClient(scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken),
                tenantId).ConfigureAwait(false);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
    }
}
