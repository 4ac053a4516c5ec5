using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// The token clock skew knob, on two-second tokens: how long past its expiry the API still accepts a token,
/// checked at every call (so also for a token already checked once). Each test takes a fresh token.
/// </summary>
public sealed class TokenClockSkewTests(ShortTokenLifetimeFixture emulator) : IClassFixture<ShortTokenLifetimeFixture>
{
    private const string ContosoOrders = $"/v1/customers/{TestSeed.Contoso}/orders";

    [Fact]
    public async Task Default_skew_accepts_a_token_up_to_a_minute_past_its_expiry()
    {
        var token = await FreshTokenAsync();

        await AdvanceClockSecondsAsync(10);
        using var response = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task No_skew_refuses_a_token_once_it_has_expired_and_the_knob_applies_to_tokens_checked_before()
    {
        await SetSkewAsync(0);
        try
        {
            var token = await FreshTokenAsync();
            using (var fresh = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token))
            {
                Assert.Equal(200, (int)fresh.StatusCode);
            }

            await AdvanceClockSecondsAsync(4);
            using var expired = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);
            Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(expired, 401));
            Assert.Contains("expired", (await EmulatorFixture.ReadJsonAsync(expired)).GetProperty("description").GetString(), StringComparison.Ordinal);

            await SetSkewAsync(60);
            using var tolerated = await emulator.SendAsync(HttpMethod.Get, ContosoOrders, token: token);
            Assert.Equal(200, (int)tolerated.StatusCode);
        }
        finally
        {
            await SetSkewAsync(60);
        }
    }

    [Fact]
    public async Task Expiry_is_never_before_the_expires_in_the_token_was_issued_with()
    {
        // A first token warms the connection up, so that little time passes between "before" and the issue.
        await FreshTokenAsync();
        var before = emulator.Server.State.Clock.GetUtcNow().UtcDateTime;

        using var response = await emulator.RequestTokenAsync(TestSeed.SandboxTenant.ToString(), EmulatorFixture.ClientCredentials(TestSeed.SandboxClient, TestSeed.SandboxSecret));

        var body = await EmulatorFixture.ReadJsonAsync(response);
        var expiresIn = TimeSpan.FromSeconds(body.GetProperty("expires_in").GetInt32());
        var jwt = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.True(jwt.ValidTo >= before + expiresIn, $"the token expires at {jwt.ValidTo:O}, before {before + expiresIn:O} that expires_in promised");
        Assert.InRange(jwt.ValidTo - jwt.ValidFrom, expiresIn, expiresIn + TimeSpan.FromSeconds(1));
    }

    private Task<string> FreshTokenAsync() => emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret);

    private async Task SetSkewAsync(int seconds)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/knobs", $$"""{"tokenClockSkewSeconds": {{seconds}}}""");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(seconds, (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("tokenClockSkewSeconds").GetInt32());
    }

    private async Task AdvanceClockSecondsAsync(int seconds)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/clock", $$"""{"advanceDays": {{seconds / 86_400.0}}}""");
        Assert.Equal(200, (int)response.StatusCode);
    }
}
