using System.Collections.Generic;
using System.Threading.Tasks;

namespace PartnerSandbox.Emulator.Identity;

/// <summary><c>grant_type=client_credentials</c>: an app-only token for the app itself, with a secret or a certificate.</summary>
internal sealed class ClientCredentialsGrant(ClientAuthenticator authenticator, TokenIssuer issuer) : ITokenGrant
{
    public IReadOnlyList<string> GrantTypes { get; } = ["client_credentials"];

    public async Task<TokenOutcome> GrantAsync(TokenRequest request)
    {
        if (await authenticator.AuthenticateAsync(request, AadErrors.MissingClientCredential(), publicClientMayOmit: false).ConfigureAwait(false) is { } refused)
        {
            return TokenOutcome.Failure(refused);
        }

        if (request.Parameter("scope") is not { } scope)
        {
            return TokenOutcome.Failure(AadErrors.MissingParameter("scope"));
        }

        if (!ClientCredentialsScope.TryGetResource(scope, out var resource, out var scopeError))
        {
            return TokenOutcome.Failure(scopeError!);
        }

        var lifetimeSeconds = (int)issuer.Lifetime.TotalSeconds;
        var token = issuer.IssueAppOnlyToken(request.Partner.TenantId, request.Application, resource);
        return TokenOutcome.Success(new TokenResponseJson("Bearer", lifetimeSeconds, lifetimeSeconds, token));
    }
}
