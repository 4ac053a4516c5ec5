using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Two-second tokens: App+User tokens follow --token-lifetime and the virtual clock too, even once checked and remembered.</summary>
public sealed class ShortTokenLifetimeTests(ShortTokenLifetimeFixture emulator) : IClassFixture<ShortTokenLifetimeFixture>
{
    private const string ContosoOrders = $"/v1/customers/{TestSeed.Contoso}/orders";

    [Fact]
    public async Task App_user_token_lives_two_seconds_and_is_refused_once_the_clock_passes_it()
    {
        var response = await emulator.RedeemRefreshTokenAsync(await emulator.AdminRefreshTokenAsync());
        var token = response.GetProperty("access_token").GetString()!;
        Assert.Equal(2, response.GetProperty("expires_in").GetInt32());
        var jwt = new JsonWebToken(token);
        // The expiry is rounded up to the whole second (TokenClockSkewTests), so the token lives two seconds or a little more.
        Assert.InRange(jwt.ValidTo - jwt.ValidFrom, System.TimeSpan.FromSeconds(2), System.TimeSpan.FromSeconds(3));
        using var before = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);
        Assert.Equal(200, (int)before.StatusCode);

        // Past the lifetime and the minute of skew the API allows.
        using var move = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 0.001}""");
        Assert.Equal(200, (int)move.StatusCode);
        using var after = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(after, 401));
        Assert.Contains("expired", (await EmulatorFixture.ReadJsonAsync(after)).GetProperty("description").GetString(), System.StringComparison.Ordinal);
    }
}
