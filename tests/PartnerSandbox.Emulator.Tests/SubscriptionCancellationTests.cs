using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>PATCH subscription: each product type's way and window. Each test starts from the seed again (admin reset).</summary>
public sealed class SubscriptionCancellationTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task New_commerce_in_its_window_is_deleted_and_its_order_reads_cancelled()
    {
        await ResetAsync();

        using var response = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.NceRecentSubscription, "Deleted");

        Assert.Equal(200, (int)response.StatusCode);
        var subscription = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal("deleted", subscription.GetProperty("status").GetString());
        Assert.False(subscription.GetProperty("autoRenewEnabled").GetBoolean());
        Assert.False(subscription.TryGetProperty("refundOptions", out _));
        Assert.Equal("cancelled", emulator.Server.State.FindOrder("nce-recent")!.Status);
        Assert.Equal(1, emulator.Server.State.FindOrder("nce-recent")!.StateChanges);
        Assert.Equal(1, await SubscriptionChangesAsync(TestSeed.NceRecentSubscription));
    }

    [Fact]
    public async Task Repeated_request_id_gets_the_first_answer_and_changes_once_while_a_new_request_is_told_2011()
    {
        await ResetAsync();
        const string requestId = "6a1f0c3e-5b2d-4e8f-9a7c-1d3e5f7a9b20";

        using var first = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.SeatBasedSaasSubscription, "deleted", requestId);
        using var retry = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.SeatBasedSaasSubscription, "deleted", requestId);
        using var again = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.SeatBasedSaasSubscription, "deleted");

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, await SubscriptionChangesAsync(TestSeed.SeatBasedSaasSubscription));
        Assert.Equal(2011, await EmulatorFixture.ReadErrorCodeAsync(again, 400));
    }

    [Fact]
    public async Task Software_subscription_either_way_has_seven_days_by_subscription()
    {
        await ResetAsync();
        var recent = emulator.Server.State.FindOrder("software-sub-recent")!.Subscriptions.Single().Id;

        using var inWindow = await emulator.ChangeSubscriptionStatusAsync(TestSeed.Contoso, recent, "deleted");
        using var pastWindow = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.SoftwareSubscription8Days, "deleted");
        using var byOrder = await emulator.CancelAsync(TestSeed.FourthCoffee, "software-sub-8");

        Assert.Equal(200, (int)inWindow.StatusCode);
        Assert.Equal("cancelled", emulator.Server.State.FindOrder("software-sub-recent")!.Status);
        Assert.Equal(900117, await EmulatorFixture.ReadErrorCodeAsync(pastWindow, 400));
        Assert.Equal(200, (int)byOrder.StatusCode);
        Assert.Equal("deleted", emulator.Server.State.FindSubscription(TestSeed.SoftwareSubscription8Days)!.Status);
    }

    [Fact]
    public async Task New_commerce_past_seven_days_is_the_window_error_and_changes_nothing()
    {
        await ResetAsync();

        using var response = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.NceOldSubscription, "deleted");

        Assert.Equal(900117, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal("You have passed your 7-day cancellation window. We are unable to cancel your purchase", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString());
        Assert.Equal(0, await SubscriptionChangesAsync(TestSeed.NceOldSubscription));
    }

    [Theory]
    [InlineData("ri-recent-1")]
    [InlineData("perpetual-recent")]
    public async Task Reservations_and_perpetual_software_are_cancelled_by_order_only(string orderId)
    {
        await ResetAsync();
        var subscription = emulator.Server.State.FindOrder(orderId)!.Subscriptions.Single();

        using var response = await emulator.ChangeSubscriptionStatusAsync(TestSeed.Contoso, subscription.Id, "deleted");

        Assert.Equal(800096, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Contains($"/orders/{orderId}", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString(), System.StringComparison.Ordinal);
        Assert.Equal(0, subscription.StateChanges);
    }

    [Fact]
    public async Task The_not_by_this_status_answer_is_a_knob()
    {
        await ResetAsync();
        using (var knobs = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"subscriptionStatusError": {"code": 800063, "status": 409}}"""))
        {
            Assert.Equal(200, (int)knobs.StatusCode);
        }

        using var response = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.BareAzurePlanSubscription, "deleted");
        using var restore = await emulator.AdminAsync(HttpMethod.Post, "/knobs", """{"subscriptionStatusError": {"code": 800096, "status": 400}}""");

        Assert.Equal(800063, await EmulatorFixture.ReadErrorCodeAsync(response, 409));
    }

    [Theory]
    [InlineData("""{"status": "cancelled"}""", 0)]
    [InlineData("""{"status": "gone"}""", 0)]
    [InlineData("""{"friendlyName": "renamed"}""", 800002)]
    [InlineData("""{"id": "5b000000-0000-0000-0000-000000000002", "status": "deleted"}""", 800002)]
    [InlineData("""{"status": "deleted",}""", 800002)]
    [InlineData("[]", 800002)]
    public async Task Invalid_body_is_400_and_changes_nothing(string body, long code)
    {
        await ResetAsync();

        using var response = await emulator.SendAsync(HttpMethod.Patch, $"/v1/customers/{TestSeed.FourthCoffee}/subscriptions/{TestSeed.NceRecentSubscription}", body);

        Assert.Equal(code, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal(0, await SubscriptionChangesAsync(TestSeed.NceRecentSubscription));
    }

    [Fact]
    public async Task Whole_subscription_body_as_read_with_its_status_changed_cancels()
    {
        await ResetAsync();
        using var get = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.FourthCoffee}/subscriptions/{TestSeed.NceRecentSubscription}");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await get.Content.ReadAsStringAsync())!;
        body["status"] = "deleted";

        using var response = await emulator.SendAsync(HttpMethod.Patch, $"/v1/customers/{TestSeed.FourthCoffee}/subscriptions/{TestSeed.NceRecentSubscription}", body.ToJsonString());

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("prod-software-sub-recent", 200, 0)]
    [InlineData("prod-ri", 400, 800096)]
    public async Task Production_partner_cancels_by_subscription_what_the_table_allows(string orderId, int status, long code)
    {
        await ResetAsync();
        var subscription = emulator.Server.State.FindOrder(orderId)!.Subscriptions.Single().Id;

        using var response = await emulator.ChangeSubscriptionStatusAsync(TestSeed.Litware, subscription, "deleted", token: await emulator.ProductionTokenAsync());

        Assert.Equal(status, (int)response.StatusCode);
        if (code != 0)
        {
            Assert.Equal(code, await EmulatorFixture.ReadErrorCodeAsync(response, status));
        }
    }

    [Fact]
    public async Task Cancelling_an_order_deletes_its_subscriptions()
    {
        await ResetAsync();
        var subscription = emulator.Server.State.FindOrder("ri-recent-2")!.Subscriptions.Single();

        using var cancel = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-2");

        Assert.Equal(200, (int)cancel.StatusCode);
        Assert.Equal("deleted", subscription.Status);
        Assert.Equal(1, await SubscriptionChangesAsync(subscription.Id));
    }

    [Fact]
    public async Task Deleted_subscriptions_free_their_place_under_the_five_subscriptions_limit()
    {
        await ResetAsync();
        const string oneMore = """{"lineItems": [{"offerId": "DZH318Z0BR37:0001:DZH318Z0BTSD", "termDuration": "P1M"}]}""";

        using var full = await emulator.SendAsync(HttpMethod.Post, $"/v1/customers/{TestSeed.FourthCoffee}/orders", oneMore);
        using var deleted = await emulator.ChangeSubscriptionStatusAsync(TestSeed.FourthCoffee, TestSeed.NceRecentSubscription, "deleted");
        using var room = await emulator.SendAsync(HttpMethod.Post, $"/v1/customers/{TestSeed.FourthCoffee}/orders", oneMore);

        Assert.Equal(800018, await EmulatorFixture.ReadErrorCodeAsync(full, 400));
        Assert.Equal(200, (int)deleted.StatusCode);
        Assert.Equal(201, (int)room.StatusCode);
        var lineItem = (await EmulatorFixture.ReadJsonAsync(room)).GetProperty("lineItems")[0];
        using var created = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.FourthCoffee}/subscriptions/{lineItem.GetProperty("subscriptionId").GetString()}");
        Assert.Equal("active", (await EmulatorFixture.ReadJsonAsync(created)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Admin_changes_of_an_unknown_subscription_is_404()
    {
        using var response = await emulator.AdminAsync(HttpMethod.Get, "/subscriptions/00000000-0000-0000-0000-00000000dead/changes");

        Assert.Equal(20003, await EmulatorFixture.ReadErrorCodeAsync(response, 404));
    }

    private async Task<int> SubscriptionChangesAsync(string subscriptionId)
    {
        using var response = await emulator.AdminAsync(HttpMethod.Get, $"/subscriptions/{subscriptionId}/changes");
        Assert.Equal(200, (int)response.StatusCode);
        return (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("stateChanges").GetInt32();
    }

    private async Task ResetAsync()
    {
        using var reset = await emulator.AdminAsync(HttpMethod.Post, "/reset");
        Assert.Equal(204, (int)reset.StatusCode);
    }
}
