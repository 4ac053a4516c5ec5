using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Each test cancels (or fails to cancel) an order no other test in this class touches.</summary>
public sealed class OrderCancellationTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Minimal_body_cancels_and_returns_the_cancelled_order()
    {
        using var response = await emulator.CancelAsync(TestSeed.Contoso, "ri-recent-1");

        Assert.Equal(200, (int)response.StatusCode);
        var order = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal("ri-recent-1", order.GetProperty("id").GetString());
        Assert.Equal("cancelled", order.GetProperty("status").GetString());
        Assert.Equal("Order", order.GetProperty("attributes").GetProperty("objectType").GetString());
        Assert.Equal("cancelled", emulator.Server.State.FindOrder("ri-recent-1")!.Status);
        Assert.Equal(1, emulator.Server.State.FindOrder("ri-recent-1")!.StateChanges);

        using var reread = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-1");
        Assert.Equal("cancelled", (await EmulatorFixture.ReadJsonAsync(reread)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Whole_order_body_with_status_changed_in_any_case_cancels()
    {
        using var get = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-2");
        var order = JsonNode.Parse(await get.Content.ReadAsStringAsync())!;
        order["status"] = "Cancelled";

        using var response = await emulator.SendAsync(HttpMethod.Patch, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-2", order.ToJsonString());

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("cancelled", emulator.Server.State.FindOrder("ri-recent-2")!.Status);
    }

    [Fact]
    public async Task Repeated_request_id_gets_the_first_answer_and_changes_state_once()
    {
        const string requestId = "2f0c6a3e-0b8e-4d59-9c1f-5a7e3b2d1c00";

        using var first = await emulator.CancelAsync(TestSeed.Contoso, "perpetual-recent", requestId);
        using var retry = await emulator.CancelAsync(TestSeed.Contoso, "perpetual-recent", requestId);

        Assert.Equal(200, (int)first.StatusCode);
        Assert.Equal(200, (int)retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        using var changes = await emulator.AdminAsync(HttpMethod.Get, "/orders/perpetual-recent/changes");
        Assert.Equal(1, (await EmulatorFixture.ReadJsonAsync(changes)).GetProperty("stateChanges").GetInt32());

        // A new logical request (new request id) sees the order as it now is.
        using var newRequest = await emulator.CancelAsync(TestSeed.Contoso, "perpetual-recent", "9d1b7e5a-3c2f-4e80-a6d4-0b8f2c1e7a99");
        Assert.Equal(800061, await EmulatorFixture.ReadErrorCodeAsync(newRequest, 400));
    }

    [Theory]
    // The contract's published example has a trailing comma; strict JSON refuses it.
    [InlineData("""{"id": "ri-recent-3", "status": "cancelled",}""")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"id": "ri-recent-2", "status": "cancelled"}""")]
    [InlineData("""{"status": "cancelled"}""")]
    [InlineData("""{"id": "ri-recent-3"}""")]
    public async Task Invalid_body_is_400_code_800002_and_changes_nothing(string body)
    {
        using var response = await emulator.SendAsync(HttpMethod.Patch, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-3", body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal("completed", emulator.Server.State.FindOrder("ri-recent-3")!.Status);
    }

    [Theory]
    [InlineData("active")]
    [InlineData("none")]
    [InlineData("completed")]
    public async Task Status_other_than_cancelled_is_400_code_0_not_a_valid_order_status(string status)
    {
        using var response = await emulator.SendAsync(HttpMethod.Patch, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-3", $$"""{"id": "ri-recent-3", "status": "{{status}}"}""");

        Assert.Equal(0, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal($"The provided value '{status}' is not a valid OrderStatus.", (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString());
        Assert.Equal("completed", emulator.Server.State.FindOrder("ri-recent-3")!.Status);
    }

    [Theory]
    [InlineData(TestSeed.Contoso, "no-such-order", 404, 20000)]
    [InlineData(TestSeed.Tailspin, "ri-cancelled", 400, 800061)]
    [InlineData(TestSeed.Tailspin, "saas-seat-based", 403, 800077)]
    [InlineData(TestSeed.Tailspin, "azure-plan", 400, 800063)]
    [InlineData(TestSeed.Tailspin, "new-commerce", 400, 800063)]
    [InlineData(TestSeed.Tailspin, "ri-old-61", 400, 900117)]
    [InlineData(TestSeed.Wingtip, "perpetual-dated", 400, 900117)]
    [InlineData(TestSeed.Litware, "prod-ri", 403, 20002)]
    [InlineData("not-a-guid", "ri-recent-3", 400, 900118)]
    public async Task Sandbox_partner_refused_orders(string customerId, string orderId, int status, long code)
    {
        var changesBefore = emulator.Server.State.FindOrder(orderId)?.StateChanges;

        using var response = await emulator.CancelAsync(customerId, orderId);

        Assert.Equal(code, await EmulatorFixture.ReadErrorCodeAsync(response, status));
        Assert.Equal(changesBefore, emulator.Server.State.FindOrder(orderId)?.StateChanges);
    }

    [Fact]
    public async Task New_commerce_order_says_to_patch_the_subscription_in_the_error_codes_pages_words()
    {
        using var response = await emulator.CancelAsync(TestSeed.Tailspin, "new-commerce");

        Assert.Equal(800063, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
        Assert.Equal(
            $"This order new-commerce cannot be cancelled. Use PATCH /customers/{TestSeed.Tailspin}/subscriptions/<subscriptionId> to suspend subscriptions",
            (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString());
    }

    [Fact]
    public async Task Too_old_describes_the_sixty_day_window()
    {
        using var response = await emulator.CancelAsync(TestSeed.Tailspin, "ri-old-61");

        var description = (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("description").GetString();
        Assert.Equal("You have passed your 60-day cancellation window. We are unable to cancel your purchase", description);
    }

    [Theory]
    [InlineData("prod-ri", 403, 800019)]
    [InlineData("prod-perpetual-40", 400, 900117)]
    [InlineData("prod-software-sub-10", 400, 900117)]
    [InlineData("prod-perpetual-recent", 200, 0)]
    [InlineData("prod-software-sub-recent", 200, 0)]
    public async Task Production_partner_may_only_cancel_recent_software(string orderId, int status, long code)
    {
        using var response = await emulator.CancelAsync(TestSeed.Litware, orderId, token: await emulator.ProductionTokenAsync());

        if (status == 200)
        {
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("cancelled", emulator.Server.State.FindOrder(orderId)!.Status);
        }
        else
        {
            Assert.Equal(code, await EmulatorFixture.ReadErrorCodeAsync(response, status));
            Assert.Equal("completed", emulator.Server.State.FindOrder(orderId)!.Status);
        }
    }
}
