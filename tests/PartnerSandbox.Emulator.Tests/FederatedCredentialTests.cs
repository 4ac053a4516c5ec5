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
    public async Task A_managed_identity_token_the_app_trusts_gets_the_app_an_app_only_token_the_API_accepts(string identity)
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
    public async Task A_token_of_a_trusted_ci_issuer_signed_with_the_key_it_publishes_is_accepted()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task An_app_with_no_federated_credential_is_70021_naming_issuer_subject_and_audience()
    {
        var assertion = issuer.Sign(CiSubject);

        using var response = await emulator.ExchangeAsync(TestSeed.ProductionTenant, TestSeed.ProductionClient, assertion);

        var (error, code, description) = await IdentityClient.ReadAadErrorAsync(response, 401);
        Assert.Equal(("invalid_client", 70021), (error, code));
        Assert.Contains($"Assertion Issuer: '{issuer.Url}'. Assertion Subject: '{CiSubject}'. Assertion Audience: 'api://AzureADTokenExchange'.", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issuer_no_credential_trusts_is_700211()
    {
        using var stranger = await TestIssuer.RegisterAsync(emulator);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, stranger.Sign(CiSubject));

        Assert.Equal(("invalid_client", 700211), await ErrorOf(response));
    }

    [Fact]
    public async Task An_identity_no_credential_names_is_700213()
    {
        var assertion = await emulator.ManagedIdentityTokenAsync(TestSeed.SandboxTenant, $"&client_id={FederationSeed.UntrustedClient}");

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, assertion);

        var (_, code, description) = await IdentityClient.ReadAadErrorAsync(response, 401);
        Assert.Equal(700213, code);
        Assert.Contains($"subject '{FederationSeed.UntrustedPrincipal}'", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_700212()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, audience: "api://AzureADMyOrg"));

        Assert.Equal(("invalid_client", 700212), await ErrorOf(response));
    }

    [Fact]
    public async Task A_key_the_issuer_does_not_publish_is_7000272()
    {
        using var otherKey = RSA.Create(2048);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, signingKey: otherKey, keyId: "not-published"));

        Assert.Equal(("invalid_client", 7000272), await ErrorOf(response));
    }

    [Fact]
    public async Task A_signature_the_published_key_does_not_verify_is_50013()
    {
        using var otherKey = RSA.Create(2048);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, signingKey: otherKey));

        Assert.Equal(("invalid_client", 50013), await ErrorOf(response));
    }

    [Fact]
    public async Task A_trusted_issuer_that_cannot_be_reached_is_90061()
    {
        const string unreachable = "https://127.0.0.1:1/nobody-listens";
        await emulator.TrustAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, unreachable, CiSubject);

        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, issuer: unreachable));

        Assert.Equal(("invalid_request", 90061), await ErrorOf(response, 400));
    }

    [Fact]
    public async Task A_token_past_its_expiry_and_the_five_minutes_of_skew_is_700024()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, expiresIn: TimeSpan.FromMinutes(-6)));

        Assert.Equal(("invalid_client", 700024), await ErrorOf(response));
    }

    [Fact]
    public async Task A_token_within_the_skew_is_still_accepted()
    {
        using var response = await emulator.ExchangeAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, issuer.Sign(CiSubject, expiresIn: TimeSpan.FromMinutes(-4)));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Assertions_of_the_app_itself_still_go_to_the_certificate_check()
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
