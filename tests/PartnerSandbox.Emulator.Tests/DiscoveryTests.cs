using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class DiscoveryTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private string Origin => emulator.Server.BaseUri.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task OpenID_configuration_points_at_this_emulator()
    {
        using var response = await emulator.Http.GetAsync($"/{TestSeed.SandboxTenant}/v2.0/.well-known/openid-configuration");

        Assert.Equal(200, (int)response.StatusCode);
        var configuration = await EmulatorFixture.ReadJsonAsync(response);
        var authority = $"{Origin}/{TestSeed.SandboxTenant}";
        Assert.Equal($"{authority}/v2.0", configuration.GetProperty("issuer").GetString());
        Assert.Equal($"{authority}/oauth2/v2.0/token", configuration.GetProperty("token_endpoint").GetString());
        Assert.Equal($"{authority}/discovery/v2.0/keys", configuration.GetProperty("jwks_uri").GetString());
        Assert.Equal($"{authority}/oauth2/v2.0/authorize", configuration.GetProperty("authorization_endpoint").GetString());
    }

    [Fact]
    public async Task OpenID_configuration_of_unknown_tenant_is_invalid_tenant()
    {
        using var response = await emulator.Http.GetAsync($"/{Guid.Empty}/v2.0/.well-known/openid-configuration");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("invalid_tenant", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Keys_verify_the_tokens_the_emulator_issues()
    {
        var token = await emulator.SandboxTokenAsync();

        var keySet = new JsonWebKeySet(await emulator.Http.GetStringAsync($"/{TestSeed.SandboxTenant}/discovery/v2.0/keys"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = keySet.GetSigningKeys(),
            ValidIssuer = $"{Origin}/{TestSeed.SandboxTenant}/v2.0",
            ValidAudience = "https://api.partnercenter.microsoft.com",
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(new JsonWebToken(token).Kid, keySet.Keys.Single().Kid);
    }

    [Fact]
    public async Task Instance_discovery_names_this_host_as_its_own_cloud()
    {
        var authorizeEndpoint = Uri.EscapeDataString($"{Origin}/{TestSeed.SandboxTenant}/oauth2/v2.0/authorize");

        var discovery = await EmulatorFixture.ReadJsonAsync(await emulator.Http.GetAsync($"/common/discovery/instance?api-version=1.1&authorization_endpoint={authorizeEndpoint}"));

        var hostAndPort = emulator.Server.BaseUri.Authority;
        Assert.Equal($"{Origin}/{TestSeed.SandboxTenant}/v2.0/.well-known/openid-configuration", discovery.GetProperty("tenant_discovery_endpoint").GetString());
        Assert.Equal("1.1", discovery.GetProperty("api-version").GetString());
        var metadata = discovery.GetProperty("metadata").EnumerateArray().Single();
        Assert.Equal(hostAndPort, metadata.GetProperty("preferred_network").GetString());
        Assert.Equal(hostAndPort, metadata.GetProperty("preferred_cache").GetString());
        Assert.Equal([hostAndPort], metadata.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString() ?? string.Empty).ToArray());
    }
}
