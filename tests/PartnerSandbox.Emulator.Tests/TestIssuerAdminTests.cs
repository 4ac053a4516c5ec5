using System;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The federation admin API: test issuers' discovery documents, what it refuses, and the runbook host's environment.</summary>
public sealed class TestIssuerAdminTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture emulator = emulator;

    [Fact]
    public async Task A_registered_issuer_publishes_its_discovery_document_and_public_keys_at_its_issuer_url()
    {
        using var issuer = await TestIssuer.RegisterAsync(emulator);

        using var discovery = await emulator.Http.GetAsync($"{issuer.Url}/.well-known/openid-configuration");
        var configuration = await EmulatorFixture.ReadJsonAsync(discovery);
        using var keys = await emulator.Http.GetAsync(configuration.GetProperty("jwks_uri").GetString());

        Assert.Equal($"{emulator.Origin()}/_emulator/issuers/ci-{issuer.KeyId[..8]}", issuer.Url);
        Assert.Equal(issuer.Url, configuration.GetProperty("issuer").GetString());
        var key = Assert.Single((await EmulatorFixture.ReadJsonAsync(keys)).GetProperty("keys").EnumerateArray());
        Assert.Equal(issuer.KeyId, key.GetProperty("kid").GetString());
        Assert.False(key.TryGetProperty("d", out _));
    }

    [Theory]
    [InlineData("""{"name": "has space", "keys": {"keys": [{"kty": "RSA", "n": "AQAB", "e": "AQAB"}]}}""", "'name' must be")]
    [InlineData("""{"name": "ci", "keys": {"keys": []}}""", "'keys' holds no key")]
    [InlineData("""{"name": "ci", "keys": {"keys": [{"kty": "RSA", "n": "AQAB", "e": "AQAB", "d": "AQAB"}]}}""", "'keys' holds a private key")]
    [InlineData("""{"name": "ci"}""", "'keys' must be a JSON Web Key Set")]
    public async Task An_issuer_that_cannot_be_is_refused_with_800002(string body, string expected)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/issuers", body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Contains(expected, (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_federated_credential_with_an_http_issuer_is_refused_as_Entra_refuses_it()
    {
        using var response = await emulator.AdminAsync(
            HttpMethod.Post,
            $"/partners/{TestSeed.SandboxTenant}/applications/{TestSeed.SandboxClient}/federated-credentials",
            """{"name": "insecure", "issuer": "http://127.0.0.1/issuer", "subject": "s"}""");

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    [Fact]
    public async Task The_runbook_hosts_environment_is_what_the_server_says()
    {
        using var response = await emulator.AdminAsync(HttpMethod.Get, $"/partners/{TestSeed.SandboxTenant}/managed-identity");

        var environment = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(emulator.Server.ManagedIdentityEndpoint(TestSeed.SandboxTenant).ToString(), environment.GetProperty("identityEndpoint").GetString());
        Assert.Equal(emulator.Server.ManagedIdentityHeader, environment.GetProperty("identityHeader").GetString());
    }
}
