using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class TokenEndpointTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Client_credentials_returns_a_signed_app_only_token_for_the_scopes_resource()
    {
        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, TestSeed.SandboxSecret));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(3600, body.GetProperty("ext_expires_in").GetInt32());

        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal("RS256", token.Alg);
        Assert.False(string.IsNullOrEmpty(token.Kid));
        Assert.Equal($"{emulator.Server.BaseUri.GetLeftPart(UriPartial.Authority)}/{TestSeed.SandboxTenant}/v2.0", token.Issuer);
        Assert.Equal(["https://api.partnercenter.microsoft.com"], token.Audiences.ToArray());
        Assert.Equal(TestSeed.SandboxTenant.ToString(), token.GetPayloadValue<string>("tid"));
        Assert.Equal(TestSeed.SandboxClient.ToString(), token.GetPayloadValue<string>("appid"));
        Assert.Equal(TestSeed.SandboxClient.ToString(), token.GetPayloadValue<string>("azp"));
        Assert.Equal("app", token.GetPayloadValue<string>("idtyp"));
        // exp is rounded up to the whole second, so that the token never expires before expires_in says.
        Assert.InRange(token.ValidTo - token.ValidFrom, TimeSpan.FromHours(1), TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(token.IssuedAt, token.ValidFrom);
    }

    [Theory]
    [InlineData("99999999-9999-9999-9999-999999999999", "aaaaaaaa-0000-0000-0000-000000000001", "sandbox-secret-1", 400, "invalid_request", 90002)]
    [InlineData("not-a-tenant", "aaaaaaaa-0000-0000-0000-000000000001", "sandbox-secret-1", 400, "invalid_request", 90002)]
    [InlineData("11111111-1111-1111-1111-111111111111", "bbbbbbbb-0000-0000-0000-000000000009", "sandbox-secret-1", 400, "unauthorized_client", 700016)]
    // The production partner's app does not belong to the sandbox tenant.
    [InlineData("11111111-1111-1111-1111-111111111111", "aaaaaaaa-0000-0000-0000-000000000002", "production-secret-2", 400, "unauthorized_client", 700016)]
    [InlineData("11111111-1111-1111-1111-111111111111", "aaaaaaaa-0000-0000-0000-000000000001", "wrong-secret", 401, "invalid_client", 7000215)]
    [InlineData("11111111-1111-1111-1111-111111111111", "aaaaaaaa-0000-0000-0000-000000000001", "sandbox-secret-", 401, "invalid_client", 7000215)]
    public async Task Client_credentials_are_refused_as_Entra_ID_refuses_them(string tenant, string clientId, string secret, int status, string error, int aadstsCode)
    {
        using var response = await emulator.RequestTokenAsync(tenant, EmulatorFixture.ClientCredentials(Guid.Parse(clientId), secret));

        await AssertAadErrorAsync(response, status, error, aadstsCode);
    }

    [Fact]
    public async Task Unsupported_grant_type_is_refused()
    {
        var form = EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, TestSeed.SandboxSecret);
        form["grant_type"] = "password";

        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), form);

        await AssertAadErrorAsync(response, 400, "unsupported_grant_type", 70003);
    }

    [Theory]
    [InlineData("https://api.partnercenter.microsoft.com/user_impersonation", 1002012)]
    [InlineData("not a scope", 70011)]
    public async Task Scope_without_dot_default_is_refused(string scope, int aadstsCode)
    {
        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, TestSeed.SandboxSecret, scope));

        await AssertAadErrorAsync(response, 400, "invalid_scope", aadstsCode);
    }

    [Fact]
    public async Task Missing_secret_is_refused()
    {
        var form = EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, TestSeed.SandboxSecret);
        form.Remove("client_secret");

        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), form);

        await AssertAadErrorAsync(response, 401, "invalid_client", 7000216);
    }

    [Fact]
    public async Task Error_echoes_msals_client_request_id_as_correlation_id()
    {
        var clientRequestId = Guid.NewGuid().ToString();
        using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, $"/{TestSeed.SandboxTenant}/oauth2/v2.0/token")
        {
            Content = new System.Net.Http.FormUrlEncodedContent(EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, "wrong")),
        };
        request.Headers.Add("client-request-id", clientRequestId);

        using var response = await emulator.Http.SendAsync(request);

        var body = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(clientRequestId, body.GetProperty("correlation_id").GetString());
    }

    private static async Task AssertAadErrorAsync(System.Net.Http.HttpResponseMessage response, int status, string error, int aadstsCode)
    {
        Assert.Equal(status, (int)response.StatusCode);
        var body = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.StartsWith($"AADSTS{aadstsCode}: ", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal([aadstsCode], body.GetProperty("error_codes").EnumerateArray().Select(code => code.GetInt32()).ToArray());
        Assert.True(Guid.TryParse(body.GetProperty("trace_id").GetString(), out _));
        Assert.True(Guid.TryParse(body.GetProperty("correlation_id").GetString(), out _));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$", body.GetProperty("timestamp").GetString());
        Assert.DoesNotContain("access_token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
