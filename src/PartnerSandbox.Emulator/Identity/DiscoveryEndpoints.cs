using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>The metadata MSAL and JWT libraries read before they ask for or check a token.</summary>
internal sealed class DiscoveryEndpoints(EmulatorState state, EmulatorOrigin origin, SigningKey signingKey)
{
    /// <summary><c>GET /{tenant}/v2.0/.well-known/openid-configuration</c></summary>
    public IResult OpenIdConfiguration(string tenant, HttpContext http)
    {
        if (!IsPartnerTenant(tenant, out var tenantId))
        {
            return AadErrors.TenantNotFound(tenant, "invalid_tenant").ToResult(http, state.Clock);
        }

        var authority = origin.Authority(tenantId);
        return Results.Json(
            new OpenIdConfigurationJson(
                Issuer: origin.Issuer(tenantId),
                AuthorizationEndpoint: $"{authority}/oauth2/v2.0/authorize",
                TokenEndpoint: $"{authority}/oauth2/v2.0/token",
                DeviceAuthorizationEndpoint: $"{authority}/oauth2/v2.0/devicecode",
                JwksUri: $"{authority}/discovery/v2.0/keys",
                ResponseTypesSupported: ["code", "id_token", "code id_token", "id_token token"],
                SubjectTypesSupported: ["pairwise"],
                IdTokenSigningAlgValuesSupported: ["RS256"],
                TokenEndpointAuthMethodsSupported: ["client_secret_post", "private_key_jwt"],
                ScopesSupported: ["openid", "profile", "email", "offline_access"],
                TenantRegionScope: "WW",
                CloudInstanceName: origin.HostAndPort),
            IdentityJson.Options);
    }

    /// <summary><c>GET /{tenant}/discovery/v2.0/keys</c></summary>
    public IResult Keys(string tenant, HttpContext http) =>
        IsPartnerTenant(tenant, out _)
            ? Results.Json(new JsonWebKeySetJson([signingKey.ToJsonWebKey()]), IdentityJson.Options)
            : AadErrors.TenantNotFound(tenant, "invalid_tenant").ToResult(http, state.Clock);

    /// <summary>
    /// <c>GET /common/discovery/instance</c>: AAD instance discovery, answered so that MSAL accepts
    /// this host as its own cloud even with instance discovery on.
    /// </summary>
    public IResult InstanceDiscovery(HttpContext http)
    {
        var tenant = TenantOfAuthorizationEndpoint(http.Request.Query["authorization_endpoint"]) ?? "common";
        var environment = origin.HostAndPort;
        return Results.Json(
            new InstanceDiscoveryJson(
                TenantDiscoveryEndpoint: $"{origin.Value}/{tenant}/v2.0/.well-known/openid-configuration",
                ApiVersion: "1.1",
                Metadata: [new InstanceMetadataJson(environment, environment, [environment])]),
            IdentityJson.Options);
    }

    private bool IsPartnerTenant(string tenant, out Guid tenantId) =>
        Guid.TryParse(tenant, out tenantId) && state.FindPartner(tenantId) is not null;

    /// <summary>MSAL names the authority it asks about as <c>https://host/{tenant}/oauth2/v2.0/authorize</c>.</summary>
    private static string? TenantOfAuthorizationEndpoint(string? authorizationEndpoint) =>
        Uri.TryCreate(authorizationEndpoint, UriKind.Absolute, out var uri) && uri.Segments.Length > 1
            ? uri.Segments[1].TrimEnd('/')
            : null;
}

internal sealed record OpenIdConfigurationJson(
    string Issuer,
    string AuthorizationEndpoint,
    string TokenEndpoint,
    string DeviceAuthorizationEndpoint,
    string JwksUri,
    IReadOnlyList<string> ResponseTypesSupported,
    IReadOnlyList<string> SubjectTypesSupported,
    IReadOnlyList<string> IdTokenSigningAlgValuesSupported,
    IReadOnlyList<string> TokenEndpointAuthMethodsSupported,
    IReadOnlyList<string> ScopesSupported,
    string TenantRegionScope,
    string CloudInstanceName);

internal sealed record JsonWebKeySetJson(IReadOnlyList<JsonWebKeyJson> Keys);

internal sealed record InstanceDiscoveryJson(
    string TenantDiscoveryEndpoint,
    [property: JsonPropertyName("api-version")] string ApiVersion,
    IReadOnlyList<InstanceMetadataJson> Metadata);

internal sealed record InstanceMetadataJson(string PreferredNetwork, string PreferredCache, IReadOnlyList<string> Aliases);
