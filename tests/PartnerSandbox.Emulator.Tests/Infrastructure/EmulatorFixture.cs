using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Emulator.Tests.Infrastructure;

/// <summary>
/// One emulator per test class, on a free port, seeded with tests/seeds/test.json, with an
/// HttpClient that trusts exactly that emulator's certificate and nothing else.
/// </summary>
public class EmulatorFixture : IAsyncLifetime
{
    public const string PartnerCenterScope = "https://api.partnercenter.microsoft.com/.default";

    private readonly Dictionary<Guid, string> tokens = [];

    public EmulatorServer Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    protected virtual EmulatorOptions Options => new() { SeedFiles = [TestSeed.Path], TestMode = true };

    public async Task InitializeAsync()
    {
        Server = await EmulatorServer.StartAsync(Options);
        Http = Server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>The token endpoint's answer to a form, as sent by any OAuth client.</summary>
    public Task<HttpResponseMessage> RequestTokenAsync(string tenant, IReadOnlyDictionary<string, string> form) =>
        Http.PostAsync($"/{tenant}/oauth2/v2.0/token", new FormUrlEncodedContent(form));

    public static Dictionary<string, string> ClientCredentials(Guid clientId, string secret, string scope = PartnerCenterScope) => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId.ToString(),
        ["client_secret"] = secret,
        ["scope"] = scope,
    };

    public async Task<string> NewTokenAsync(Guid tenant, Guid clientId, string secret, string scope = PartnerCenterScope)
    {
        using var response = await RequestTokenAsync(tenant.ToString(), ClientCredentials(clientId, secret, scope));
        Assert.Equal(200, (int)response.StatusCode);
        return (await ReadJsonAsync(response)).GetProperty("access_token").GetString()!;
    }

    /// <summary>A Partner Center token for the sandbox partner, fetched once per fixture.</summary>
    public Task<string> SandboxTokenAsync() => CachedTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret);

    public Task<string> ProductionTokenAsync() => CachedTokenAsync(TestSeed.ProductionTenant, TestSeed.ProductionClient, TestSeed.ProductionSecret);

    /// <summary>Sends an API request with a bearer token: the sandbox partner's unless another is given.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? requestId = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? await SandboxTokenAsync());

        if (requestId is not null)
        {
            request.Headers.Add("MS-RequestId", requestId);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> CancelAsync(string customerId, string orderId, string? requestId = null, string? token = null) =>
        SendAsync(HttpMethod.Patch, $"/v1/customers/{customerId}/orders/{orderId}", $$"""{"id": "{{orderId}}", "status": "cancelled"}""", requestId, token);

    /// <summary>PATCH subscription with the minimal body: the status to change to.</summary>
    public Task<HttpResponseMessage> ChangeSubscriptionStatusAsync(string customerId, string subscriptionId, string status, string? requestId = null, string? token = null) =>
        SendAsync(HttpMethod.Patch, $"/v1/customers/{customerId}/subscriptions/{subscriptionId}", $$"""{"status": "{{status}}"}""", requestId, token);

    public Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, string? json = null) =>
        Http.SendAsync(new HttpRequestMessage(method, $"/_emulator{path}")
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        });

    /// <summary>The request log's entry for a request id (token requests have none).</summary>
    public async Task<JsonElement> LoggedRequestAsync(string requestId)
    {
        using var response = await AdminAsync(HttpMethod.Get, "/requests");
        return (await ReadJsonAsync(response)).EnumerateArray()
            .Single(entry => entry.TryGetProperty("requestId", out var id) && id.GetString() == requestId);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the contract's error body and returns its code.</summary>
    public static async Task<long> ReadErrorCodeAsync(HttpResponseMessage response, int expectedStatus)
    {
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        var error = await ReadJsonAsync(response);
        Assert.Equal("PartnerFD", error.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Array, error.GetProperty("data").ValueKind);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
        return error.GetProperty("code").GetInt64();
    }

    private async Task<string> CachedTokenAsync(Guid tenant, Guid clientId, string secret)
    {
        if (!tokens.TryGetValue(tenant, out var token))
        {
            token = await NewTokenAsync(tenant, clientId, secret);
            tokens[tenant] = token;
        }

        return token;
    }
}

/// <summary>The same emulator without test mode: no admin API.</summary>
public sealed class NonTestModeFixture : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { SeedFiles = [TestSeed.Path] };
}
