using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Faults with <c>"scope": "identity"</c> hit the sign-in routes, by the same rules as API faults; the scopes never mix.</summary>
public sealed class IdentityFaultTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static readonly string TokenPath = $"/{TestSeed.SandboxTenant}/oauth2/v2.0/token";

    [Theory]
    [InlineData(200)]
    [InlineData(500)]
    public async Task Identity_answer_makes_the_token_endpoint_answer_an_html_page_once(int status)
    {
        const string page = "<!DOCTYPE html><html><body>Sorry, but we're having trouble signing you in.</body></html>";
        await emulator.AddFaultAsync($$"""{"scope": "identity", "method": "POST", "pathContains": "/oauth2/v2.0/token", "kind": "answer", "status": {{status}}, "contentType": "text/html; charset=utf-8", "body": "{{page}}"}""");

        using var faulted = await RequestSandboxTokenAsync();
        using var next = await RequestSandboxTokenAsync();

        Assert.Equal(status, (int)faulted.StatusCode);
        Assert.Equal("text/html", faulted.Content.Headers.ContentType?.MediaType);
        Assert.Equal(page, await faulted.Content.ReadAsStringAsync());
        Assert.Equal(200, (int)next.StatusCode);
        Assert.False(string.IsNullOrEmpty((await EmulatorFixture.ReadJsonAsync(next)).GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task Identity_answer_on_discovery()
    {
        await emulator.AddFaultAsync("""{"scope": "identity", "pathContains": "/.well-known/openid-configuration", "kind": "answer", "status": 500, "contentType": "text/html", "body": "<html>Server Error</html>"}""");

        using var response = await emulator.Http.GetAsync($"/{TestSeed.SandboxTenant}/v2.0/.well-known/openid-configuration");

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("<html>Server Error</html>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Identity_apply_then_delay_issues_the_token_and_sends_it_late()
    {
        await emulator.AddFaultAsync("""{"scope": "identity", "method": "POST", "pathContains": "/oauth2/v2.0/token", "kind": "applyThenDelay", "delayMs": 100}""");

        using var response = await RequestSandboxTokenAsync();
        using var api = await emulator.SendAsync(HttpMethod.Get, "/v1/customers", token: await TokenFromAsync(response));

        Assert.Equal(200, (int)api.StatusCode);
        using var log = await emulator.AdminAsync(HttpMethod.Get, "/requests");
        var tokenRequest = (await EmulatorFixture.ReadJsonAsync(log)).EnumerateArray().Last(entry => entry.GetProperty("path").GetString() == TokenPath);
        Assert.True(tokenRequest.GetProperty("faulted").GetBoolean());
        Assert.Equal(100, tokenRequest.GetProperty("delayMs").GetInt32());
    }

    [Fact]
    public async Task Api_fault_never_hits_the_sign_in_routes()
    {
        await emulator.AddFaultAsync("""{"kind": "status", "status": 503}""");

        using var token = await RequestSandboxTokenAsync();
        using var api = await emulator.SendAsync(HttpMethod.Get, "/v1/customers", token: await TokenFromAsync(token));

        Assert.Equal(503, (int)api.StatusCode);
    }

    [Fact]
    public async Task Identity_fault_never_hits_the_API_or_the_admin_API()
    {
        var token = await emulator.SandboxTokenAsync();
        await emulator.AddFaultAsync("""{"scope": "identity", "kind": "status", "status": 500}""");

        using var admin = await emulator.AdminAsync(HttpMethod.Get, "/clock");
        using var api = await emulator.SendAsync(HttpMethod.Get, "/v1/customers", token: token);
        using var identity = await emulator.Http.GetAsync("/devicelogin");

        Assert.Equal(200, (int)admin.StatusCode);
        Assert.Equal(200, (int)api.StatusCode);
        Assert.Equal(800003, await EmulatorFixture.ReadErrorCodeAsync(identity, 500));
    }

    [Fact]
    public async Task Identity_fault_by_probability_faults_the_requests_its_seed_picks()
    {
        await emulator.AddFaultAsync("""{"scope": "identity", "pathContains": "/oauth2/v2.0/token", "kind": "status", "status": 503, "probability": 0.5, "seed": 42}""");

        var statuses = new int[12];
        for (var index = 0; index < statuses.Length; index++)
        {
            using var response = await RequestSandboxTokenAsync();
            statuses[index] = (int)response.StatusCode;
        }

        using var clear = await emulator.AdminAsync(HttpMethod.Delete, "/faults");
        var draws = new SeededRandom(42);
        Assert.Equal(statuses.Select(_ => draws.NextDouble() < 0.5 ? 503 : 200), statuses);
        Assert.Contains(503, statuses);
        Assert.Contains(200, statuses);
    }

    private Task<HttpResponseMessage> RequestSandboxTokenAsync() =>
        emulator.Http.PostAsync(TokenPath, new FormUrlEncodedContent(EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, TestSeed.SandboxSecret)));

    private static async Task<string> TokenFromAsync(HttpResponseMessage response)
    {
        Assert.Equal(200, (int)response.StatusCode);
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("access_token").GetString()!;
    }
}
