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
    public async Task NoToken_Is401WithChallengeAndCode800001()
    {
        using var response = await emulator.Http.GetAsync(ContosoOrders);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
        Assert.StartsWith("OAuth realm=", response.Headers.WwwAuthenticate.Single().ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoToken_OnAnUnknownApiPath_IsStill401()
    {
        using var response = await emulator.Http.GetAsync("/v1/no-such-resource");

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
    }

    [Fact]
    public async Task TamperedSignature_Is401()
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
    public async Task GarbageToken_Is401()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: "not-a-jwt");

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
    }

    [Fact]
    public async Task GraphAudienceToken_Is401_900420_InThePartnersQuotedWords()
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
    public async Task OtherForeignAudienceToken_IsStill800001()
    {
        var token = await emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret, "https://management.azure.com/.default");

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(response, 401));
    }

    [Fact]
    public async Task ChinaAudienceToken_IsAccepted()
    {
        var chinaToken = await emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret, "https://partner.partnercenterapi.microsoftonline.cn/.default");

        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: chinaToken);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task OtherPartnersToken_CannotSeeTheCustomer()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: await emulator.ProductionTokenAsync());

        Assert.Equal(20002, await EmulatorFixture.ReadErrorCodeAsync(response, 403));
    }
}
