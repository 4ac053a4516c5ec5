using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// <c>POST /{tenant}/oauth2/v2.0/token</c>: finds tenant, grant and client in the order Entra ID checks
/// them, then lets the grant (client credentials, refresh token, device code) decide.
/// Never logs secrets, assertions or tokens.
/// </summary>
internal sealed class TokenEndpoint(EmulatorState state, IEnumerable<ITokenGrant> grants)
{
    private readonly Dictionary<string, ITokenGrant> grants = grants
        .SelectMany(grant => grant.GrantTypes.Select(grantType => (grantType, grant)))
        .ToDictionary(pair => pair.grantType, pair => pair.grant, StringComparer.Ordinal);

    public async Task<IResult> HandleAsync(string tenant, HttpContext http)
    {
        var (form, tooLarge) = await IdentityForm.ReadAsync(http).ConfigureAwait(false);
        var outcome = tooLarge is null ? await GrantAsync(tenant, form).ConfigureAwait(false) : TokenOutcome.Failure(tooLarge);
        http.Response.Headers.CacheControl = "no-store, no-cache";
        return outcome.Error is { } error
            ? error.ToResult(http, state.Clock)
            : Results.Json(outcome.Token, IdentityJson.Options);
    }

    private async Task<TokenOutcome> GrantAsync(string tenant, IFormCollection form)
    {
        if (!Guid.TryParse(tenant, out var tenantId) || state.FindPartner(tenantId) is not { } partner)
        {
            return TokenOutcome.Failure(AadErrors.TenantNotFound(tenant, "invalid_request"));
        }

        string? grantType = form["grant_type"];
        if (string.IsNullOrEmpty(grantType))
        {
            return TokenOutcome.Failure(AadErrors.MissingParameter("grant_type"));
        }

        if (!grants.TryGetValue(grantType, out var grant))
        {
            return TokenOutcome.Failure(AadErrors.UnsupportedGrantType(grantType));
        }

        string? clientId = form["client_id"];
        if (string.IsNullOrEmpty(clientId))
        {
            return TokenOutcome.Failure(AadErrors.MissingParameter("client_id"));
        }

        if (!Guid.TryParse(clientId, out var clientGuid) || partner.FindApplication(clientGuid) is not { } application)
        {
            return TokenOutcome.Failure(AadErrors.ApplicationNotFound(clientId, tenant));
        }

        return await grant.GrantAsync(new TokenRequest(tenant, partner, application, form)).ConfigureAwait(false);
    }
}
