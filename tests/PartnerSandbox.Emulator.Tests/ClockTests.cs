using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Moves the virtual clock, so it has an emulator of its own.</summary>
public sealed class ClockTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Token_expires_when_the_clock_passes_its_lifetime()
    {
        var token = await emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret);
        using var before = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders", token: token);
        Assert.Equal(200, (int)before.StatusCode);

        using var move = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 0.1}""");
        Assert.Equal(200, (int)move.StatusCode);
        using var after = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders", token: token);

        Assert.Equal(800001, await EmulatorFixture.ReadErrorCodeAsync(after, 401));
        Assert.Contains("expired", (await EmulatorFixture.ReadJsonAsync(after)).GetProperty("description").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recent_order_becomes_too_old_to_cancel_when_the_clock_moves_61_days()
    {
        using var move = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 61}""");
        Assert.Equal(200, (int)move.StatusCode);
        var freshToken = await emulator.NewTokenAsync(TestSeed.SandboxTenant, TestSeed.SandboxClient, TestSeed.SandboxSecret);

        using var response = await emulator.CancelAsync(TestSeed.Contoso, "saas-recent", token: freshToken);

        Assert.Equal(900117, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal("completed", emulator.Server.State.FindOrder("saas-recent")!.Status);
    }

    [Fact]
    public async Task Clock_moves_only_forward()
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": -1}""");

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }
}
