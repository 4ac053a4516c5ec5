using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Moves the virtual clock, so it has an emulator of its own.</summary>
public sealed class SubscriptionWindowTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task New_commerces_window_runs_seven_days_from_its_creation_by_the_virtual_clock()
    {
        var created = emulator.Server.State.FindSubscription(TestSeed.NceRecentSubscription)!.CreationDate;

        // Seeded two days old: five days and a little more later, it is past seven days.
        using var moved = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 5.01}""");
        using var response = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.NceRecentSubscription, "deleted");

        Assert.Equal(200, (int)moved.StatusCode);
        Assert.True(emulator.Server.State.Clock.GetUtcNow() - created > System.TimeSpan.FromDays(7));
        Assert.Equal(900117, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }
}
