using System;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>
/// <c>GET /{tenant}/msi/token</c> on the plain-HTTP loopback port: the managed-identity protocol of App Service and
/// Azure Automation (api-version 2019-08-01) that MSAL speaks when <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c>
/// are set. It hands out tokens for <c>api://AzureADTokenExchange</c> only: what an app's federated identity
/// credential accepts. Error bodies are App Service's <c>{"statusCode", "message"}</c>.
/// </summary>
internal sealed class ManagedIdentityEndpoint(EmulatorState state, ManagedIdentityHost host, TokenIssuer issuer)
{
    public const string ApiVersion = "2019-08-01";

    /// <summary>Serves the whole plain-HTTP port: nothing else of the emulator is reachable without TLS.</summary>
    public static void Map(IApplicationBuilder port) =>
        port.Run(http => http.RequestServices.GetRequiredService<ManagedIdentityEndpoint>().Handle(http).ExecuteAsync(http));

    private IResult Handle(HttpContext http)
    {
        var segments = http.Request.Path.Value?.Trim('/').Split('/') ?? [];
        if (!HttpMethods.IsGet(http.Request.Method) || segments is not [var tenant, "msi", "token"])
        {
            return Failure(StatusCodes.Status404NotFound, "Only GET /{tenant}/msi/token is served on this port.");
        }

        // Inferred: the real host documents the header's purpose, not its answer when the header is wrong.
        if (!host.HeaderMatches(http.Request.Headers["X-IDENTITY-HEADER"]))
        {
            return Failure(StatusCodes.Status401Unauthorized, "The X-IDENTITY-HEADER header is missing or is not the IDENTITY_HEADER value of this host.");
        }

        var query = http.Request.Query;
        if (query["api-version"] != ApiVersion)
        {
            return Failure(StatusCodes.Status400BadRequest, $"api-version must be {ApiVersion}, got '{query["api-version"]}'.");
        }

        if (!Guid.TryParse(tenant, out var tenantId) || state.FindPartner(tenantId) is not { } partner)
        {
            return Failure(StatusCodes.Status404NotFound, $"There is no runbook host for tenant '{tenant}' here.");
        }

        var resource = query["resource"].ToString();
        if (resource.Length == 0)
        {
            return Failure(StatusCodes.Status400BadRequest, "The resource parameter is missing.");
        }

        // A resource may be given as a scope; the host takes both.
        var audience = resource.EndsWith("/.default", StringComparison.Ordinal) ? resource[..^"/.default".Length] : resource;
        if (audience != FederatedIdentityCredential.TokenExchangeAudience)
        {
            return Failure(
                StatusCodes.Status400BadRequest,
                $"This emulator's managed identities get tokens for {FederatedIdentityCredential.TokenExchangeAudience} only (a federated identity credential's audience), not for '{resource}'.");
        }

        return FindIdentity(partner, query) switch
        {
            { } identity => Issue(partner, identity),
            null when IsUserAssignedRequest(query) => Failure(
                StatusCodes.Status400BadRequest, "No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId."),
            null => Failure(StatusCodes.Status400BadRequest, "No system-assigned managed identity is enabled for this host; enable it, or name a user-assigned one."),
        };
    }

    private IResult Issue(Partner partner, ManagedIdentity identity)
    {
        var expiresOn = state.Clock.GetUtcNow().Add(issuer.Lifetime).ToUnixTimeSeconds();
        var token = issuer.IssueManagedIdentityToken(partner.TenantId, identity, FederatedIdentityCredential.TokenExchangeAudience);
        return Results.Json(
            new ManagedIdentityTokenJson(token, expiresOn.ToString(CultureInfo.InvariantCulture), FederatedIdentityCredential.TokenExchangeAudience, "Bearer", identity.ClientId.ToString()),
            IdentityJson.Options);
    }

    /// <summary>MSAL names a user-assigned identity by client id, object id (principal_id for App Service) or resource id; none: the system-assigned one.</summary>
    private static ManagedIdentity? FindIdentity(Partner partner, IQueryCollection query)
    {
        if (query.ContainsKey("mi_res_id"))
        {
            // Resource ids name Azure resources, which the emulator does not model.
            return null;
        }

        if (Guid.TryParse(query["client_id"], out var clientId))
        {
            return partner.ManagedIdentities.FirstOrDefault(identity => identity.ClientId == clientId);
        }

        var principal = query.ContainsKey("principal_id") ? query["principal_id"] : query["object_id"];
        if (Guid.TryParse(principal, out var principalId))
        {
            return partner.ManagedIdentities.FirstOrDefault(identity => identity.PrincipalId == principalId);
        }

        return IsUserAssignedRequest(query) ? null : partner.ManagedIdentities.FirstOrDefault(identity => identity.Kind == ManagedIdentityKind.SystemAssigned);
    }

    private static bool IsUserAssignedRequest(IQueryCollection query) =>
        query.ContainsKey("client_id") || query.ContainsKey("object_id") || query.ContainsKey("principal_id") || query.ContainsKey("mi_res_id");

    private static IResult Failure(int statusCode, string message) =>
        Results.Json(new ManagedIdentityErrorJson(statusCode, message), ApiJson.Options, statusCode: statusCode);
}

/// <summary>The managed-identity endpoint's answer; <c>expires_on</c> is seconds since 1970 as a string, as the host writes it.</summary>
internal sealed record ManagedIdentityTokenJson(string AccessToken, string ExpiresOn, string Resource, string TokenType, string ClientId);

internal sealed record ManagedIdentityErrorJson(int StatusCode, string Message);
