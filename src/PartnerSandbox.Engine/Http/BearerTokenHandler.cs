using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// Puts a current token on each attempt. It sits below the retry handler, so an attempt made after a long
/// Retry-After wait gets a token that is still valid (the provider renews it silently). A 401 leads to exactly one
/// forced renewal and one resend, never a loop: a token the service rejected early (revoked, clock skew) is replaced,
/// and a mode that cannot renew (an access token) fails there with its own clear error. A refusal that a new token
/// would get again (<see cref="TokenRefusal"/>) goes back as it came.
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
        var copies = await RequestCopy.CreateAsync(request).ConfigureAwait(false);
        var response = await SendWithTokenAsync(copies.Next(), forceRefresh: false, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        if (await TokenRefusal.CodeNotCuredByRenewalAsync(response, cancellationToken).ConfigureAwait(false) is string code)
        {
            EngineLog.Current?.Verbose(string.Format(System.Globalization.CultureInfo.InvariantCulture, EngineMessages.TokenRenewalWouldNotHelp, code));
            return response;
        }

        EngineLog.Current?.Verbose(EngineMessages.TokenRefused);
        response.Dispose();
        return await SendWithTokenAsync(copies.Next(), forceRefresh: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(HttpRequestMessage request, bool forceRefresh, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(forceRefresh, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
