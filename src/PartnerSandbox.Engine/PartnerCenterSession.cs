using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;
using PartnerSandbox.Engine.Connections;
using PartnerSandbox.Engine.Http;

namespace PartnerSandbox.Engine
{
    /// <summary>
    /// One signed-in connection: its settings, its token provider and its single HttpClient with the handler chain
    /// contract headers -> retry -> bearer token -> trace -> transport. Holds no secret that it shows.
    /// </summary>
    public sealed class PartnerCenterSession : IDisposable
    {
        private readonly HttpMessageHandler transport;
        private readonly HttpClient http;
        private readonly ITokenProvider tokens;

        /// <summary>Builds the handler chain over any transport; tests pass a fake one.</summary>
        internal PartnerCenterSession(
            ConnectionSettings settings, string clientId, ITokenProvider tokens, HttpMessageHandler transport, RetryPolicy retryPolicy, string userAgent)
        {
            Settings = settings;
            ClientId = clientId;
            this.tokens = tokens;
            this.transport = transport;
            var chain = new ContractHeadersHandler(ProductInfoHeaderValue.Parse(userAgent), "en-US", applicationName: "PartnerSandbox")
            {
                InnerHandler = new RetryHandler(retryPolicy)
                {
                    InnerHandler = new BearerTokenHandler(tokens) { InnerHandler = new TraceHandler { InnerHandler = transport } },
                },
            };
            http = new HttpClient(chain, disposeHandler: true)
            {
                BaseAddress = new Uri(settings.ApiBaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"),
                // Each attempt has its own timeout in the retry handler; a whole call may wait out several Retry-After periods.
                Timeout = Timeout.InfiniteTimeSpan,
            };
            Client = new PartnerCenterClient(http);
        }

        public ConnectionSettings Settings { get; }

        public string ClientId { get; }

        public string SignInKind => tokens.SignInKind;

        public DateTimeOffset? TokenExpiresOn { get; private set; }

        public PartnerCenterClient Client { get; }

        /// <summary>Signs in with a client secret and returns the connection once the first token has been issued.</summary>
        public static async Task<PartnerCenterSession> ConnectWithClientSecretAsync(
            ConnectionSettings settings, string clientId, SecureString clientSecret, string userAgent, RetryPolicy? retryPolicy, CancellationToken cancellationToken)
        {
            var transport = LoopbackCertificatePolicy.CreateHandler(settings);
            var tokens = new ClientSecretTokenProvider(settings, clientId, SecureStrings.Reveal(clientSecret), transport);
            var session = new PartnerCenterSession(settings, clientId, tokens, transport, retryPolicy ?? new RetryPolicy(), userAgent);
            try
            {
                await session.RefreshTokenExpiryAsync(cancellationToken).ConfigureAwait(false);
                return session;
            }
            catch
            {
                session.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            http.Dispose();
            tokens.Dispose();
            transport.Dispose();
        }

        private async Task RefreshTokenExpiryAsync(CancellationToken cancellationToken)
        {
            var token = await tokens.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            TokenExpiresOn = token.ExpiresOn;
        }
    }
}
