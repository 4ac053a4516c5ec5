using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>The Entra ID endpoints MSAL talks to, at the emulator's origin (authority = <c>{origin}/{tenant}</c>).</summary>
internal static class IdentityEndpoints
{
    /// <summary>What a person finds at the device-code message's page: here nobody types the code in.</summary>
    private const string DeviceLoginText =
        "PartnerSandbox emulator: device codes are approved automatically after --device-code-approval seconds "
        + "by the partner's first user, or with POST /_emulator/device-codes/{userCode}/approve in test mode.";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext http, DiscoveryEndpoints discovery) => discovery.OpenIdConfiguration(tenant, http));
        routes.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant, HttpContext http, DiscoveryEndpoints discovery) => discovery.Keys(tenant, http));
        routes.MapGet("/common/discovery/instance", (HttpContext http, DiscoveryEndpoints discovery) => discovery.InstanceDiscovery(http));
        routes.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant, HttpContext http, TokenEndpoint endpoint) => endpoint.HandleAsync(tenant, http));
        routes.MapPost("/{tenant}/oauth2/v2.0/devicecode", (string tenant, HttpContext http, DeviceCodeEndpoint endpoint) => endpoint.HandleAsync(tenant, http));
        routes.MapGet("/devicelogin", () => Results.Text(DeviceLoginText));
    }
}
