using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// <c>POST /{tenant}/oauth2/v2.0/token</c>: the client-credentials grant with a client secret,
/// checked in the order Entra ID checks (tenant, grant, client, secret, scope).
/// Never logs the secret or the token.
/// </summary>
internal sealed class TokenEndpoint(EmulatorState state, TokenIssuer issuer)
{
    public async Task<IResult> HandleAsync(string tenant, HttpContext http)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false) : FormCollection.Empty;
        var outcome = Grant(tenant, form);
        http.Response.Headers.CacheControl = "no-store, no-cache";
        return outcome.Error is { } error
            ? error.ToResult(http, state.Clock)
            : Results.Json(outcome.Token, IdentityJson.Options);
    }

    private (TokenResponseJson? Token, AadError? Error) Grant(string tenant, IFormCollection form)
    {
        if (!Guid.TryParse(tenant, out var tenantId) || state.FindPartner(tenantId) is not { } partner)
        {
            return (null, AadErrors.TenantNotFound(tenant, "invalid_request"));
        }

        string? grantType = form["grant_type"];
        if (string.IsNullOrEmpty(grantType))
        {
            return (null, AadErrors.MissingParameter("grant_type"));
        }

        if (grantType != "client_credentials")
        {
            return (null, AadErrors.UnsupportedGrantType(grantType));
        }

        string? clientId = form["client_id"];
        if (string.IsNullOrEmpty(clientId))
        {
            return (null, AadErrors.MissingParameter("client_id"));
        }

        if (!Guid.TryParse(clientId, out var clientGuid) || partner.FindApplication(clientGuid) is not { } application)
        {
            return (null, AadErrors.ApplicationNotFound(clientId, tenant));
        }

        string? secret = form["client_secret"];
        if (string.IsNullOrEmpty(secret))
        {
            return (null, AadErrors.MissingClientCredential());
        }

        if (!application.SecretMatches(secret))
        {
            return (null, AadErrors.InvalidClientSecret(clientId));
        }

        string? scope = form["scope"];
        if (string.IsNullOrEmpty(scope))
        {
            return (null, AadErrors.MissingParameter("scope"));
        }

        if (!ClientCredentialsScope.TryGetResource(scope, out var resource, out var scopeError))
        {
            return (null, scopeError);
        }

        var lifetimeSeconds = (int)issuer.Lifetime.TotalSeconds;
        var token = issuer.IssueAppOnlyToken(tenantId, application, resource);
        return (new TokenResponseJson("Bearer", lifetimeSeconds, lifetimeSeconds, token), null);
    }
}

internal sealed record TokenResponseJson(string TokenType, int ExpiresIn, int ExtExpiresIn, string AccessToken);
