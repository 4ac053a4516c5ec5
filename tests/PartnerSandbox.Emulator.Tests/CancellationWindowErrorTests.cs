using System;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>
/// The cancellation-window error knob: the real code is undocumented, so the answer to cancelling a
/// too-old order is whatever the knob says now. Each test leaves the knob at its default.
/// </summary>
public sealed class CancellationWindowErrorTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string DefaultKnob = """{"cancellationWindowError": {"code": 900117, "status": 400}}""";

    [Fact]
    public async Task Default_is_400_code_900117_describing_the_sixty_day_window()
    {
        using var response = await emulator.CancelAsync(TestSeed.Tailspin, "ri-old-61");

        Assert.Equal(900117, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.StartsWith("You have passed your 60-day cancellation window", await DescriptionAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_knob_changes_the_same_patch_gets_the_new_code_and_status_and_the_knobs_show_it()
    {
        try
        {
            using var set = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"cancellationWindowError": {"code": 800061, "status": 409}}""");
            using var shown = await emulator.AdminAsync(HttpMethod.Get, "/knobs");
            using var response = await emulator.CancelAsync(TestSeed.Tailspin, "ri-old-61");

            Assert.Equal(200, (int)set.StatusCode);
            var knob = (await EmulatorFixture.ReadJsonAsync(shown)).GetProperty("cancellationWindowError");
            Assert.Equal("""{"code":800061,"status":409}""", knob.GetRawText());
            Assert.Equal(800061, await EmulatorFixture.ReadErrorCodeAsync(response, 409));
            Assert.StartsWith("You have passed your 60-day cancellation window", await DescriptionAsync(response), StringComparison.Ordinal);
            Assert.Equal("completed", emulator.Server.State.FindOrder("ri-old-61")!.Status);
        }
        finally
        {
            using var reset = await emulator.AdminAsync(HttpMethod.Post, "/knobs", DefaultKnob);
        }
    }

    [Fact]
    public async Task Setting_only_the_code_keeps_the_status()
    {
        try
        {
            using var set = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"cancellationWindowError": {"code": 123456}}""");
            using var response = await emulator.CancelAsync(TestSeed.Wingtip, "perpetual-dated");

            Assert.Equal(123456, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        }
        finally
        {
            using var reset = await emulator.AdminAsync(HttpMethod.Post, "/knobs", DefaultKnob);
        }
    }

    private static async Task<string?> DescriptionAsync(HttpResponseMessage response) =>
        (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString();
}
