using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Certificate credentials: client assertions signed by a certificate registered at run time.</summary>
public sealed class CertificateCredentialTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private readonly EmulatorFixture emulator = emulator;
    // Made once: RSA key generation is the slow part of these tests.
    private static readonly X509Certificate2 Registered = ClientAssertions.NewCertificate();
    private static readonly X509Certificate2 Unregistered = ClientAssertions.NewCertificate("CN=Not registered");

    private string TokenEndpoint => emulator.TokenEndpoint(TestSeed.SandboxTenant);

    private static string Client => TestSeed.SandboxClient.ToString();

    /// <summary>Registers the certificate made at run time; registering it again changes nothing.</summary>
    public async Task InitializeAsync()
    {
        using var response = await RegisterAsync(ClientAssertions.PublicBase64(Registered));
        Assert.Equal(204, (int)response.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Assertion_signed_by_the_registered_certificate_gets_an_app_only_token_the_API_accepts(bool pss)
    {
        var assertion = ClientAssertions.Create(Registered, TokenEndpoint, Client, pss);
        Assert.Equal(pss ? "PS256" : "RS256", new JsonWebToken(assertion).Alg);

        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), ClientAssertions.ClientCredentialsForm(TestSeed.SandboxClient, assertion));

        Assert.Equal(200, (int)response.StatusCode);
        var token = (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("access_token").GetString()!;
        Assert.Equal("app", new JsonWebToken(token).GetPayloadValue<string>("idtyp"));
        using var call = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders", token: token);
        Assert.Equal(200, (int)call.StatusCode);
    }

    [Fact]
    public async Task Assertion_for_the_issuer_as_audience_is_accepted()
    {
        var assertion = ClientAssertions.Create(Registered, $"{emulator.Origin()}/{TestSeed.SandboxTenant}/v2.0", Client);

        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), ClientAssertions.ClientCredentialsForm(TestSeed.SandboxClient, assertion));

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Assertion_naming_the_registered_certificate_but_signed_by_another_key_is_an_invalid_signature()
    {
        var assertion = ClientAssertions.Create(Unregistered, TokenEndpoint, Client, namedCertificate: Registered);

        var (error, code, description) = await RequestAsync(assertion, 401);

        Assert.Equal(("invalid_client", 700027), (error, code));
        Assert.Contains("invalid signature", description, StringComparison.Ordinal);
        Assert.Contains("did not match", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Assertion_signed_by_an_unregistered_certificate_is_a_key_not_found(bool pss)
    {
        var assertion = ClientAssertions.Create(Unregistered, TokenEndpoint, Client, pss);

        var (error, code, description) = await RequestAsync(assertion, 401);

        Assert.Equal(("invalid_client", 700027), (error, code));
        Assert.Contains("The key was not found", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assertion_expired_is_700024()
    {
        var assertion = ClientAssertions.Create(Registered, TokenEndpoint, Client, expiresIn: TimeSpan.FromMinutes(-10));

        var (error, code, _) = await RequestAsync(assertion, 401);

        Assert.Equal(("invalid_client", 700024), (error, code));
    }

    [Fact]
    public async Task Assertion_for_another_audience_is_refused()
    {
        var assertion = ClientAssertions.Create(Registered, "https://login.microsoftonline.com/common/oauth2/v2.0/token", Client);

        var (error, code, _) = await RequestAsync(assertion, 401);

        Assert.Equal(("invalid_client", 50027), (error, code));
    }

    [Fact]
    public async Task Assertion_whose_subject_is_not_the_client_is_700021()
    {
        var assertion = ClientAssertions.Create(Registered, TokenEndpoint, Client, subject: Guid.NewGuid().ToString());

        var (error, code, _) = await RequestAsync(assertion, 401);

        Assert.Equal(("invalid_client", 700021), (error, code));
    }

    [Fact]
    public async Task Assertion_without_jti_is_refused()
    {
        var assertion = ClientAssertions.Create(Registered, TokenEndpoint, Client, withJti: false);

        var (error, code, description) = await RequestAsync(assertion, 401);

        Assert.Equal(("invalid_client", 50027), (error, code));
        Assert.Contains("jti", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assertion_of_another_app_is_a_key_not_found()
    {
        // The certificate is registered on the sandbox app only; the public client app has none.
        var assertion = ClientAssertions.Create(Registered, TokenEndpoint, IdentitySeed.PublicClient.ToString());

        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), ClientAssertions.ClientCredentialsForm(IdentitySeed.PublicClient, assertion));

        Assert.Equal(700027, (await IdentityClient.ReadAadErrorAsync(response, 401)).Code);
    }

    [Fact]
    public async Task Not_a_JWT_is_refused()
    {
        var (error, code, _) = await RequestAsync("not-a-jwt", 401);

        Assert.Equal(("invalid_client", 50027), (error, code));
    }

    [Fact]
    public async Task Refresh_token_can_be_redeemed_with_a_certificate_instead_of_the_secret()
    {
        var refreshToken = await emulator.AdminRefreshTokenAsync();
        var form = IdentityClient.RefreshForm(refreshToken, secret: null);
        form["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
        form["client_assertion"] = ClientAssertions.Create(Registered, TokenEndpoint, Client);

        using var response = await emulator.RedeemAsync(form);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("""{"certificate": "not base64!"}""")]
    [InlineData("""{"certificate": "AAAA"}""")]
    [InlineData("""{}""")]
    public async Task Registering_something_that_is_not_a_certificate_is_800002(string body)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, $"/partners/{TestSeed.SandboxTenant}/applications/{TestSeed.SandboxClient}/certificates", body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    [Fact]
    public async Task Registering_on_an_unknown_application_is_800002()
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, $"/partners/{TestSeed.SandboxTenant}/applications/{TestSeed.ProductionClient}/certificates", $$"""{"certificate": "{{ClientAssertions.PublicBase64(Registered)}}"}""");

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    private Task<HttpResponseMessage> RegisterAsync(string base64) =>
        emulator.AdminAsync(HttpMethod.Post, $"/partners/{TestSeed.SandboxTenant}/applications/{TestSeed.SandboxClient}/certificates", $$"""{"certificate": "{{base64}}"}""");

    private async Task<(string Error, int Code, string Description)> RequestAsync(string assertion, int status)
    {
        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), ClientAssertions.ClientCredentialsForm(TestSeed.SandboxClient, assertion));
        return await IdentityClient.ReadAadErrorAsync(response, status);
    }
}
