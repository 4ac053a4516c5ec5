using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;

namespace PartnerSandbox.Engine.Http
{
    /// <summary>
    /// Puts a current token on each attempt. It sits below the retry handler, so an attempt made after a long
    /// Retry-After wait gets a token that is still valid (the provider renews it silently).
    /// </summary>
    internal sealed class BearerTokenHandler : DelegatingHandler
    {
        private readonly ITokenProvider tokens;

        public BearerTokenHandler(ITokenProvider tokens)
        {
            this.tokens = tokens;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = await tokens.GetTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
