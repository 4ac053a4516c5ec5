using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// Federated identity credentials: a managed identity's token, or a CI issuer's, as the app's client assertion, checked
/// as Entra checks it, with Entra's own error for each mismatch.
/// </summary>
public sealed class FederatedCredentialTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private const string CiSubject = "repo:fabrikam/sandbox-cleanup:environment:sandbox";

    private readonly EmulatorFixture emulator = emulator;
    private TestIssuer issuer = null!;

    public async Task InitializeAsync()
    {
        issuer = await TestIssuer.RegisterAsync(emulator);
        await emulator.TrustAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Url, CiSubject);
    }

    public Task DisposeAsync()
    {
        issuer.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("")]
    [InlineData("&client_id=3b000000-0000-0000-0000-000000000002")]
    public async Task AManagedIdentityTokenTheAppTrusts_GetsTheAppAnAppOnlyTokenTheApiAccepts(string identity)
    {
        var assertion = await emulator.ManagedIdentityTokenAsync(TestSeed.SandboxTenant, identity);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, assertion);

        Assert.Equal(200, (int)response.StatusCode);
        var token = (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("access_token").GetString()!;
        Assert.Equal(TestSeed.SandboxClient.ToString(), new JsonWebToken(token).GetPayloadValue<string>("appid"));
        using var call = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders", token: token);
        Assert.Equal(200, (int)call.StatusCode);
    }

    [Fact]
    public async Task ATokenOfATrustedCiIssuer_SignedWithTheKeyItPublishes_IsAccepted()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task AnAppWithNoFederatedCredential_Is70021_NamingIssuerSubjectAndAudience()
    {
        var assertion = issuer.Sign(CiSubject);

        using var response = await emulator.ExchangeAsync(TestSeed.ProductionTenant, TestSeed.ProductionClient, assertion);

        var (error, code, description) = await IdentityClient.ReadAadErrorAsync(response, 401);
        Assert.Equal(("invalid_client", 70021), (error, code));
        Assert.Contains($"Assertion Issuer: '{issuer.Url}'. Assertion Subject: '{CiSubject}'. Assertion Audience: 'api://AzureADTokenExchange'.", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIssuerNoCredentialTrusts_Is700211()
    {
        using var stranger = await TestIssuer.RegisterAsync(emulator);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, stranger.Sign(CiSubject));

        Assert.Equal(("invalid_client", 700211), await ErrorOf(response));
    }

    [Fact]
    public async Task AnIdentityNoCredentialNames_Is700213()
    {
        var assertion = await emulator.ManagedIdentityTokenAsync(TestSeed.SandboxTenant, $"&client_id={FederationSeed.UntrustedClient}");

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, assertion);

        var (_, code, description) = await IdentityClient.ReadAadErrorAsync(response, 401);
        Assert.Equal(700213, code);
        Assert.Contains($"subject '{FederationSeed.UntrustedPrincipal}'", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenForAnotherAudience_Is700212()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, audience: "api://AzureADMyOrg"));

        Assert.Equal(("invalid_client", 700212), await ErrorOf(response));
    }

    [Fact]
    public async Task AKeyTheIssuerDoesNotPublish_Is7000272()
    {
        using var otherKey = RSA.Create(2048);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, signingKey: otherKey, keyId: "not-published"));

        Assert.Equal(("invalid_client", 7000272), await ErrorOf(response));
    }

    [Fact]
    public async Task ASignatureThePublishedKeyDoesNotVerify_Is50013()
    {
        using var otherKey = RSA.Create(2048);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, signingKey: otherKey));

        Assert.Equal(("invalid_client", 50013), await ErrorOf(response));
    }

    [Fact]
    public async Task ATrustedIssuerThatCannotBeReached_Is90061()
    {
        const string unreachable = "https://127.0.0.1:1/nobody-listens";
        await emulator.TrustAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, unreachable, CiSubject);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, issuer: unreachable));

        Assert.Equal(("invalid_request", 90061), await ErrorOf(response, 400));
    }

    [Fact]
    public async Task ATokenPastItsExpiryAndTheFiveMinutesOfSkew_Is700024()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, expiresIn: TimeSpan.FromMinutes(-6)));

        Assert.Equal(("invalid_client", 700024), await ErrorOf(response));
    }

    [Fact]
    public async Task ATokenWithinTheSkew_IsStillAccepted()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, expiresIn: TimeSpan.FromMinutes(-4)));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task AssertionsOfTheAppItself_StillGoToTheCertificateCheck()
    {
        // iss = sub = the client id: a certificate credential's assertion, whichever federated credentials the app has.
        using var certificate = ClientAssertions.NewCertificate();
        var assertion = ClientAssertions.Create(certificate, emulator.TokenEndpoint(TestSeed.SandboxTenant), TestSeed.SandboxClient.ToString());

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, assertion);

        Assert.Equal(("invalid_client", 700027), await ErrorOf(response));
    }

    private static async Task<(string Error, int Code)> ErrorOf(HttpResponseMessage response, int status = 401)
    {
        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(response, status);
        return (error, code);
    }
}
