using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>The Entra ID endpoints MSAL talks to, at the emulator's origin (authority = <c>{origin}/{tenant}</c>).</summary>
internal static class IdentityEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext http, DiscoveryEndpoints discovery) => discovery.OpenIdConfiguration(tenant, http));
        routes.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant, HttpContext http, DiscoveryEndpoints discovery) => discovery.Keys(tenant, http));
        routes.MapGet("/common/discovery/instance", (HttpContext http, DiscoveryEndpoints discovery) => discovery.InstanceDiscovery(http));
        routes.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant, HttpContext http, TokenEndpoint endpoint) => endpoint.HandleAsync(tenant, http));
    }
}
