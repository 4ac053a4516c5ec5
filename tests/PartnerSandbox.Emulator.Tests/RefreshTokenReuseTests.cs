using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Refresh tokens spent on first use: the knob's other setting, from the start (options) and at run time.</summary>
public sealed class SingleUseRefreshTokenFixture : EmulatorFixture
{
    protected override EmulatorOptions Options => new() { SeedFiles = [TestSeed.Path], TestMode = true, Knobs = KnobSettings.Default with { RefreshTokenReuse = RefreshTokenReuse.Reject } };
}

public sealed class RefreshTokenReuseTests(SingleUseRefreshTokenFixture emulator) : IClassFixture<SingleUseRefreshTokenFixture>
{
    [Fact]
    public async Task Used_refresh_token_is_invalid_grant_70000_when_reuse_is_rejected()
    {
        var first = await emulator.AdminRefreshTokenAsync();
        await emulator.RedeemRefreshTokenAsync(first);

        using var again = await emulator.RedeemAsync(IdentityClient.RefreshForm(first));

        var (error, code, _) = await IdentityClient.ReadAadErrorAsync(again, 400);
        Assert.Equal(("invalid_grant", 70000), (error, code));
    }

    [Fact]
    public async Task The_knob_changes_at_run_time()
    {
        var first = await emulator.AdminRefreshTokenAsync();
        await emulator.RedeemRefreshTokenAsync(first);
        using (var allow = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"refreshTokenReuse": "allow"}"""))
        {
            Assert.Equal(200, (int)allow.StatusCode);
        }

        using var again = await emulator.RedeemAsync(IdentityClient.RefreshForm(first));
        using var reject = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"refreshTokenReuse": "reject"}""");

        Assert.Equal(200, (int)again.StatusCode);
        Assert.Equal(200, (int)reject.StatusCode);
    }
}
