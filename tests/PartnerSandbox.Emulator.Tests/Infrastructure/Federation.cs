using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>What federated-credential tests do: ask the managed-identity endpoint as MSAL does, and sign as a CI system's issuer does.</summary>
internal static class Federation
{
    /// <summary>The managed-identity endpoint's answer, asked for as MSAL asks App Service (api-version 2019-08-01).</summary>
    public static async Task<HttpResponseMessage> AskManagedIdentityAsync(
        this EmulatorFixture emulator, Guid tenant, string query = "", string? header = null, string resource = FederationSeed.TokenExchangeAudience)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(
            HttpMethod.Get, $"{emulator.Server.ManagedIdentityEndpoint(tenant)}?api-version=2019-08-01&resource={Uri.EscapeDataString(resource)}{query}");
        request.Headers.Add("X-IDENTITY-HEADER", header ?? emulator.Server.ManagedIdentityHeader);
        return await http.SendAsync(request);
    }

    /// <summary>A managed identity's token for api://AzureADTokenExchange; the system-assigned one without a query.</summary>
    public static async Task<string> ManagedIdentityTokenAsync(this EmulatorFixture emulator, Guid tenant, string query = "")
    {
        using var response = await emulator.AskManagedIdentityAsync(tenant, query);
        Assert.Equal(200, (int)response.StatusCode);
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("access_token").GetString()!;
    }

    /// <summary>Client credentials with a federated token as the client assertion.</summary>
    public static Task<HttpResponseMessage> ExchangeAsync(this EmulatorFixture emulator, Guid tenant, Guid clientId, string assertion) =>
        emulator.RequestTokenAsync(tenant.ToString(), ClientAssertions.ClientCredentialsForm(clientId, assertion));

    /// <summary>Adds a federated credential to an app through the admin API.</summary>
    public static async Task TrustAsync(this EmulatorFixture emulator, Guid tenant, Guid clientId, string issuer, string subject)
    {
        var body = JsonSerializer.Serialize(new { name = $"test-{Guid.NewGuid():N}", issuer, subject, audiences = new[] { FederationSeed.TokenExchangeAudience } });
        using var response = await emulator.AdminAsync(HttpMethod.Post, $"/partners/{tenant}/applications/{clientId}/federated-credentials", body);
        Assert.Equal(204, (int)response.StatusCode);
    }
}

/// <summary>An OIDC issuer the test owns: it keeps the private key, and the emulator publishes the public one.</summary>
internal sealed class TestIssuer : IDisposable
{
    private readonly RSA key = RSA.Create(2048);

    public string KeyId { get; } = Guid.NewGuid().ToString("N");

    public string Url { get; private set; } = string.Empty;

    public static async Task<TestIssuer> RegisterAsync(EmulatorFixture emulator)
    {
        var issuer = new TestIssuer();
        var publicKey = issuer.key.ExportParameters(includePrivateParameters: false);
        var body = JsonSerializer.Serialize(new
        {
            name = $"ci-{issuer.KeyId[..8]}",
            keys = new { keys = new[] { new { kty = "RSA", use = "sig", kid = issuer.KeyId, n = Base64UrlEncoder.Encode(publicKey.Modulus), e = Base64UrlEncoder.Encode(publicKey.Exponent) } } },
        });
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/issuers", body);
        Assert.Equal(200, (int)response.StatusCode);
        issuer.Url = (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("issuer").GetString()!;
        return issuer;
    }

    /// <param name="signingKey">Another key than the issuer's, to forge a signature; <paramref name="keyId"/> names the key in the header.</param>
    public string Sign(string subject, string audience = FederationSeed.TokenExchangeAudience, TimeSpan? expiresIn = null, RSA? signingKey = null, string? keyId = null, string? issuer = null)
    {
        var expires = DateTime.UtcNow + (expiresIn ?? TimeSpan.FromMinutes(10));
        var issuedAt = expires < DateTime.UtcNow ? expires.AddHours(-1) : DateTime.UtcNow;
        var key = new RsaSecurityKey(signingKey ?? this.key) { KeyId = keyId ?? KeyId };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Url,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["jti"] = Guid.NewGuid().ToString() },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256) { CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false } },
        });
    }

    public void Dispose() => key.Dispose();
}
