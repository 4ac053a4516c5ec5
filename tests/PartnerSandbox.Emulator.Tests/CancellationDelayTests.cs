using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// The cancellation-delay knob: an accepted cancellation reads "pending" until the virtual clock has passed
/// the delay, then "cancelled". Each test aims at an order of its own and turns the knob off again.
/// </summary>
public sealed class CancellationDelayTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Order = "software-sub-recent";
    private const string FirstRequestId = "d4e5f6a7-0001-4b82-9c3d-4e5f6a7b8c01";

    [Fact]
    public async Task Cancel_with_a_delay_is_pending_until_the_clock_passes_it_then_cancelled_counted_once()
    {
        await SetCancellationDelayAsync(60_000);
        try
        {
            using var accepted = await emulator.CancelAsync(TestSeed.Contoso, Order, FirstRequestId);
            Assert.Equal(200, (int)accepted.StatusCode);
            Assert.Equal("pending", (await EmulatorFixture.ReadJsonAsync(accepted)).GetProperty("status").GetString());
            Assert.Equal("pending", await StatusOnGetAsync());
            Assert.Equal("pending", await StatusInListingAsync());

            using var second = await emulator.CancelAsync(TestSeed.Contoso, Order, "d4e5f6a7-0002-4b82-9c3d-4e5f6a7b8c02");
            Assert.Equal(800060, await EmulatorFixture.ReadErrorCodeAsync(second, 409));
            using var retry = await emulator.CancelAsync(TestSeed.Contoso, Order, FirstRequestId);
            Assert.Equal(200, (int)retry.StatusCode);
            Assert.Equal(await accepted.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());

            await AdvanceClockSecondsAsync(61);

            Assert.Equal("cancelled", await StatusOnGetAsync());
            Assert.Equal("cancelled", await StatusInListingAsync());
            Assert.Equal(1, await StateChangesAsync());
            using var afterwards = await emulator.CancelAsync(TestSeed.Contoso, Order, "d4e5f6a7-0003-4b82-9c3d-4e5f6a7b8c03");
            Assert.Equal(800061, await EmulatorFixture.ReadErrorCodeAsync(afterwards, 400));
        }
        finally
        {
            await SetCancellationDelayAsync(0);
        }
    }

    [Fact]
    public async Task Cancel_without_a_delay_is_cancelled_at_once()
    {
        await SetCancellationDelayAsync(0);

        using var response = await emulator.CancelAsync(TestSeed.Contoso, "saas-recent");

        Assert.Equal("cancelled", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("status").GetString());
        Assert.Equal("cancelled", emulator.Server.State.FindOrder("saas-recent")!.Status);
    }

    private async Task<string?> StatusOnGetAsync()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/{Order}");
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("status").GetString();
    }

    private async Task<string?> StatusInListingAsync()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders");
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("items").EnumerateArray()
            .Single(order => order.GetProperty("id").GetString() == Order).GetProperty("status").GetString();
    }

    private async Task<int> StateChangesAsync()
    {
        using var response = await emulator.AdminAsync(HttpMethod.Get, $"/orders/{Order}/changes");
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("stateChanges").GetInt32();
    }

    private async Task SetCancellationDelayAsync(int milliseconds)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/knobs", $$"""{"cancellationDelayMs": {{milliseconds}}}""");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(milliseconds, (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("cancellationDelayMs").GetInt32());
    }

    private async Task AdvanceClockSecondsAsync(int seconds)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Post, "/clock", $$"""{"advanceDays": {{seconds / 86_400.0}}}""");
        Assert.Equal(200, (int)response.StatusCode);
    }
}
