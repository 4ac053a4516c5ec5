using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Identity;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>
/// The secretless part of the admin API: test issuers (a CI system's OIDC issuer, whose tokens the test signs itself),
/// federated identity credentials added to an app at run time, and what a partner's runbook host puts in its
/// environment for the managed-identity endpoint.
/// </summary>
internal static class FederationAdminEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapPost("/issuers", RegisterIssuerAsync);
        admin.MapGet("/issuers/{name}/.well-known/openid-configuration", (string name, TestIssuers issuers, EmulatorOrigin origin) =>
            issuers.KeySet(name) is null
                ? UnknownIssuer(name)
                : Results.Json(
                    new TestIssuerConfigurationJson(IssuerUrl(origin, name), $"{IssuerUrl(origin, name)}/jwks", ["RS256", "PS256"]), IdentityJson.Options));
        admin.MapGet("/issuers/{name}/jwks", (string name, TestIssuers issuers) =>
            issuers.KeySet(name) is { } keySet ? Results.Text(keySet, "application/json") : UnknownIssuer(name));
        admin.MapPost("/partners/{tenantId}/applications/{clientId}/federated-credentials", AddFederatedCredentialAsync);
        admin.MapGet("/partners/{tenantId}/managed-identity", (string tenantId, EmulatorState state, ManagedIdentityHost host) =>
            Guid.TryParse(tenantId, out var id) && state.FindPartner(id) is { } partner
                ? Results.Json(new ManagedIdentityEnvironmentJson(host.EndpointFor(partner.TenantId).ToString(), host.Header), ApiJson.Options)
                : ApiErrors.InvalidInput($"there is no partner tenant {tenantId}.").ToResult());
    }

    private static async Task<IResult> RegisterIssuerAsync(HttpContext http, TestIssuers issuers, EmulatorOrigin origin)
    {
        var request = await AdminEndpoints.ReadBodyAsync<TestIssuerRegistration>(http).ConfigureAwait(false);
        if (!issuers.TryRegister(request?.Name, request?.Keys, out var problem))
        {
            return ApiErrors.InvalidInput($"the body must be {{\"name\": \"...\", \"keys\": <JWKS>}}: {problem}").ToResult();
        }

        return Results.Json(new TestIssuerJson(IssuerUrl(origin, request!.Name!)), ApiJson.Options);
    }

    private static async Task<IResult> AddFederatedCredentialAsync(string tenantId, string clientId, HttpContext http, EmulatorState state)
    {
        var application = Guid.TryParse(tenantId, out var tenant) && Guid.TryParse(clientId, out var client)
            ? state.FindPartner(tenant)?.FindApplication(client)
            : null;
        if (application is null)
        {
            return ApiErrors.InvalidInput($"there is no application {clientId} in partner tenant {tenantId}.").ToResult();
        }

        var request = await AdminEndpoints.ReadBodyAsync<FederatedCredentialRegistration>(http).ConfigureAwait(false);
        if (!FederatedIdentityCredential.TryCreate(request?.Name, request?.Issuer, request?.Subject, request?.Audiences, out var credential, out var problem))
        {
            return ApiErrors.InvalidInput($"the body must be {{\"name\", \"issuer\", \"subject\", \"audiences\"}}: {problem}").ToResult();
        }

        application.AddFederatedCredential(credential);
        return Results.NoContent();
    }

    private static string IssuerUrl(EmulatorOrigin origin, string name) => $"{origin.Value}{AdminEndpoints.PathPrefix}/issuers/{name}";

    private static IResult UnknownIssuer(string name) => ApiErrors.InvalidInput($"there is no test issuer '{name}'.").ToResult();
}
