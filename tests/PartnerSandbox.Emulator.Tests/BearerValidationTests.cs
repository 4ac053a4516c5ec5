using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class BearerValidationTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string ContosoOrders = $"/v1/customers/{TestSeed.Contoso}/orders";

    [Fact]
    public async Task No_token_is_401_with_challenge_and_code_800001()
    {
        using var response = await emulator.Http.GetAsync(ContosoOrders);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
        Assert.StartsWith("OAuth realm=", response.Headers.WwwAuthenticate.Single().ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_token_on_an_unknown_API_path_is_still_401()
    {
        using var response = await emulator.Http.GetAsync("/v1/no-such-resource");

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
    }

    [Fact]
    public async Task Tampered_signature_is_401()
    {
        var token = await emulator.SandboxTokenAsync();
        var parts = token.Split('.');
        var signature = parts[2].ToCharArray();
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
        var tampered = $"{parts[0]}.{parts[1]}.{new string(signature)}";

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: tampered);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
        Assert.Contains("signature", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_token_is_401()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: "not-a-jwt");

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
    }

    [Fact]
    public async Task Graph_audience_token_is_401_900420_in_the_partners_quoted_words()
    {
        var graphToken = await emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret, "https://graph.windows.net/.default");

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: graphToken);

        Assert.Equal(900420, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
        Assert.Equal(
            "The audience 'https://graph.windows.net' in the token is invalid and is no longer supported in Partner Center API.",
            (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString());
        Assert.StartsWith("OAuth realm=", response.Headers.WwwAuthenticate.Single().ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_foreign_audience_token_is_still_800001()
    {
        var token = await emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret, "https://management.azure.com/.default");

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
    }

    [Fact]
    public async Task China_audience_token_is_accepted()
    {
        var chinaToken = await emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret, "https://partner.partnercenterapi.microsoftonline.cn/.default");

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: chinaToken);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Other_partners_token_cannot_see_the_customer()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: await emulator.ProductionTokenAsync());

        Assert.Equal(20002, await EmulatorFixture.ReadErrorCodeAsync(response, 403));
    }
}
