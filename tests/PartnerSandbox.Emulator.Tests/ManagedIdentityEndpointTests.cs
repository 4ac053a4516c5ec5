using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The managed-identity endpoint as MSAL talks to it on Azure Automation and App Service: plain HTTP on loopback, the identity header, api-version 2019-08-01.</summary>
public sealed class ManagedIdentityEndpointTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture emulator = emulator;

    [Fact]
    public void Endpoint_is_plain_http_on_loopback_per_partner_tenant()
    {
        var endpoint = emulator.Server.ManagedIdentityEndpoint(TestSeed.SandboxTenant);

        Assert.Equal("http", endpoint.Scheme);
        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.NotEqual(emulator.Server.BaseUri.Port, endpoint.Port);
        Assert.Equal($"/{TestSeed.SandboxTenant}/msi/token", endpoint.AbsolutePath);
    }

    [Fact]
    public async Task Without_an_identity_named_the_system_assigned_identity_gets_a_token_for_the_token_exchange()
    {
        var before = DateTimeOffset.UtcNow;

        using var response = await emulator.AskManagedIdentityAsync(TestSeed.SandboxTenant);

        Assert.Equal(200, (int)response.StatusCode);
        var body = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(FederationSeed.TokenExchangeAudience, body.GetProperty("resource").GetString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(FederationSeed.SystemAssignedClient.ToString(), body.GetProperty("client_id").GetString());
        var expiresOn = long.Parse(body.GetProperty("expires_on").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(expiresOn, before.AddHours(1).ToUnixTimeSeconds() - 1, DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds() + 1);
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(FederationSeed.SystemAssignedPrincipal.ToString(), token.Subject);
        Assert.Equal([FederationSeed.TokenExchangeAudience], token.Audiences);
        Assert.Equal($"{emulator.Origin()}/{TestSeed.SandboxTenant}/v2.0", token.Issuer);
        Assert.Equal(expiresOn, new DateTimeOffset(token.ValidTo).ToUnixTimeSeconds(), tolerance: 1);
    }

    [Theory]
    [InlineData("client_id")]
    [InlineData("object_id")]
    [InlineData("principal_id")]
    public async Task A_user_assigned_identity_is_found_by_its_client_or_principal_id(string parameter)
    {
        var id = parameter == "client_id" ? FederationSeed.UserAssignedClient : FederationSeed.UserAssignedPrincipal;

        var token = new JsonWebToken(await emulator.ManagedIdentityTokenAsync(TestSeed.SandboxTenant, $"&{parameter}={id}"));

        Assert.Equal(FederationSeed.UserAssignedPrincipal.ToString(), token.Subject);
        Assert.Equal(FederationSeed.UserAssignedClient.ToString(), token.GetPayloadValue<string>("appid"));
    }

    [Theory]
    [InlineData(null, 401, "X-IDENTITY-HEADER")]
    [InlineData("&client_id=3b000000-0000-0000-0000-0000000000ff", 400, "No User Assigned or Delegated Managed Identity found")]
    [InlineData("&mi_res_id=/subscriptions/x/resourceGroups/y/providers/Microsoft.ManagedIdentity/userAssignedIdentities/z", 400, "No User Assigned")]
    public async Task A_wrong_header_or_an_unknown_identity_is_refused_in_the_hosts_shape(string? query, int status, string message)
    {
        using var response = await emulator.AskManagedIdentityAsync(TestSeed.SandboxTenant, query ?? string.Empty, header: query is null ? "not-the-header" : null);

        Assert.Equal(status, (int)response.StatusCode);
        var body = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(status, body.GetProperty("statusCode").GetInt32());
        Assert.Contains(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_token_exchange_audience_is_served_so_no_managed_identity_calls_the_API_directly()
    {
        using var response = await emulator.AskManagedIdentityAsync(TestSeed.SandboxTenant, resource: "https://api.partnercenter.microsoft.com");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("api://AzureADTokenExchange", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_that_is_not_seeded_has_no_host()
    {
        using var unknown = await emulator.AskManagedIdentityAsync(Guid.Parse("99999999-9999-4999-8999-999999999999"));

        Assert.Equal(404, (int)unknown.StatusCode);
    }

    [Fact]
    public async Task The_plain_http_port_serves_nothing_else_and_the_https_port_does_not_serve_the_endpoint()
    {
        using var http = new HttpClient();
        var identityOrigin = emulator.Server.ManagedIdentityEndpoint(TestSeed.SandboxTenant).GetLeftPart(UriPartial.Authority);

        using var api = await http.GetAsync($"{identityOrigin}/v1/customers");
        using var discovery = await http.GetAsync($"{identityOrigin}/{TestSeed.SandboxTenant}/v2.0/.well-known/openid-configuration");
        using var overTls = await emulator.Http.GetAsync($"/{TestSeed.SandboxTenant}/msi/token?api-version=2019-08-01&resource=api://AzureADTokenExchange");

        Assert.Equal(404, (int)api.StatusCode);
        Assert.Equal(404, (int)discovery.StatusCode);
        Assert.Equal(404, (int)overTls.StatusCode);
    }
}
