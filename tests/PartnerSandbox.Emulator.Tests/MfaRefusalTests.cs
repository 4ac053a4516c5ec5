using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// The two MFA refusals of the API: 900421 everywhere by default (the contract), and with the knob the 10001 partners
/// reported on the customer listing. Changes the knobs, so it has an emulator of its own.
/// </summary>
public sealed class MfaRefusalTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task With_the_knob_the_customer_listing_answers_10001_and_other_routes_keep_900421()
    {
        var token = await TokenWithoutMfaAsync();
        using (var knobs = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"mfaErrorCode": 10001}"""))
        {
            Assert.Equal(200, (int)knobs.StatusCode);
        }

        using var listing = await emulator.SendAsync(HttpMethod.Get, "/v1/customers", token: token);
        using var orders = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders", token: token);
        using var restore = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"mfaErrorCode": 900421}""");
        using var afterwards = await emulator.SendAsync(HttpMethod.Get, "/v1/customers", token: token);

        Assert.Equal(10001, await EmulatorFixture.ReadErrorCodeAsync(listing, 401));
        Assert.Equal("Authentication failed. MFA required.", (await EmulatorFixture.ReadJsonAsync(listing)).GetProperty("description").GetString());
        Assert.Equal(900421, await EmulatorFixture.ReadErrorCodeAsync(orders, 401));
        Assert.Equal(900421, await EmulatorFixture.ReadErrorCodeAsync(afterwards, 401));
    }

    private async Task<string> TokenWithoutMfaAsync() =>
        (await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync(mfa: false))).GetProperty("access_token").GetString()!;
}
