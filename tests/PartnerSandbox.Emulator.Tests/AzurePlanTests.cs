using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>An Azure plan is suspended, not deleted, and only once its Azure subscriptions are cancelled. Each test resets.</summary>
public sealed class AzurePlanTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Azure_plan_is_suspended_once_its_Azure_subscriptions_are_cancelled()
    {
        await ResetAsync();
        var plan = emulator.Server.State.FindOrder("azure-plan")!.Subscriptions.Single().Id;
        var entitlements = $"/v1/customers/{TestSeed.Tailspin}/subscriptions/{plan}/azureEntitlements";

        using var whileActive = await emulator.ChangeSubscriptionStatusAsync(TestSeed.Tailspin, plan, "suspended");
        using var listed = await emulator.SendAsync(HttpMethod.Get, entitlements);
        using var badReason = await emulator.SendAsync(HttpMethod.Post, $"{entitlements}/{TestSeed.TailspinAzureEntitlement}/cancel", """{"cancellationReason": "bored"}""");
        using var unknown = await emulator.SendAsync(HttpMethod.Post, $"{entitlements}/00000000-0000-0000-0000-00000000dead/cancel", """{"cancellationReason": "compromise"}""");
        using var cancelled = await emulator.SendAsync(HttpMethod.Post, $"{entitlements}/{TestSeed.TailspinAzureEntitlement}/cancel", """{"cancellationReason": "compromise"}""");
        using var suspended = await emulator.ChangeSubscriptionStatusAsync(TestSeed.Tailspin, plan, "suspended");
        using var again = await emulator.ChangeSubscriptionStatusAsync(TestSeed.Tailspin, plan, "suspended");

        Assert.Equal(900115, await EmulatorFixture.ReadErrorCodeAsync(whileActive, 403));
        var item = (await EmulatorFixture.ReadJsonAsync(listed)).GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("active", plan), (item.GetProperty("status").GetString(), item.GetProperty("subscriptionId").GetString()));
        Assert.Equal(900307, await EmulatorFixture.ReadErrorCodeAsync(badReason, 400));
        Assert.Equal(800111, await EmulatorFixture.ReadErrorCodeAsync(unknown, 404));
        Assert.Equal("inactive", (await EmulatorFixture.ReadJsonAsync(cancelled)).GetProperty("status").GetString());
        Assert.Equal("suspended", (await EmulatorFixture.ReadJsonAsync(suspended)).GetProperty("status").GetString());
        Assert.Equal("completed", emulator.Server.State.FindOrder("azure-plan")!.Status);
        Assert.Equal(800091, await EmulatorFixture.ReadErrorCodeAsync(again, 400));
    }

    [Fact]
    public async Task Azure_plan_asked_to_be_deleted_is_the_not_by_this_status_answer()
    {
        await ResetAsync();

        using var response = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.BareAzurePlanSubscription, "deleted");

        Assert.Equal(800096, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal("active", emulator.Server.State.FindSubscription(TestSeed.BareAzurePlanSubscription)!.Status);
    }

    private async Task ResetAsync()
    {
        using var reset = await emulator.AdminAsync(HttpMethod.Post, "/reset");
        Assert.Equal(204, (int)reset.StatusCode);
    }
}
