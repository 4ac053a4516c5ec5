using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Listing and reading subscriptions: every order's line items made one, with the fields partners look at.</summary>
public sealed class SubscriptionQueryTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task List_is_a_collection_of_every_orders_subscriptions_linked_like_orders()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Tailspin}/subscriptions");

        Assert.Equal(200, (int)response.StatusCode);
        var collection = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(["totalCount", "items", "links", "attributes"], collection.EnumerateObject().Select(property => property.Name).ToArray());
        Assert.Equal("Collection", collection.GetProperty("attributes").GetProperty("objectType").GetString());
        Assert.Equal($"/customers/{TestSeed.Tailspin}/subscriptions", collection.GetProperty("links").GetProperty("self").GetProperty("uri").GetString());
        var orderIds = collection.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("orderId").GetString()!).ToArray();
        Assert.Equal(["ri-old-61", "ri-cancelled", "saas-seat-based", "azure-plan", "new-commerce"], orderIds);
        Assert.Equal(5, collection.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Every_line_items_subscription_link_finds_its_subscription()
    {
        using var orders = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders");
        var links = (await EmulatorFixture.ReadJsonAsync(orders)).GetProperty("items").EnumerateArray()
            .SelectMany(order => order.GetProperty("lineItems").EnumerateArray())
            .Select(lineItem => lineItem.GetProperty("links").GetProperty("subscription").GetProperty("uri").GetString()!)
            .ToList();

        Assert.Equal(6, links.Count);
        foreach (var link in links)
        {
            using var subscription = await emulator.SendAsync(HttpMethod.Get, $"/v1{link}");
            Assert.Equal(200, (int)subscription.StatusCode);
            Assert.Equal(link, (await EmulatorFixture.ReadJsonAsync(subscription)).GetProperty("links").GetProperty("self").GetProperty("uri").GetString());
        }
    }

    [Fact]
    public async Task By_order_id_lists_that_orders_subscriptions_only_and_none_for_an_unknown_order()
    {
        using var byOrder = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.FourthCoffee}/subscriptions?order_id=nce-old-8");
        using var unknown = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.FourthCoffee}/subscriptions?order_id=no-such-order");

        var items = (await EmulatorFixture.ReadJsonAsync(byOrder)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([TestSeed.NceOldSubscription], items.Select(item => item.GetProperty("id").GetString()));
        Assert.Equal(0, (await EmulatorFixture.ReadJsonAsync(unknown)).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task New_commerce_subscription_has_its_offer_term_window_and_refunds()
    {
        var order = emulator.Server.State.FindOrder("nce-recent")!;

        // Subscription ids are GUIDs: any case finds them.
        var subscription = await GetAsync(TestSeed.FourthCoffee, TestSeed.NceRecentSubscription.ToUpperInvariant());

        Assert.Equal(TestSeed.NceRecentSubscription, subscription.GetProperty("id").GetString());
        Assert.Equal("CFQ7TTC0LH18:0001:CFQ7TTC0K5BF", subscription.GetProperty("offerId").GetString());
        Assert.Equal("Microsoft 365 Business Basic", subscription.GetProperty("friendlyName").GetString());
        Assert.Equal("OnlineServicesNCE", subscription.GetProperty("productType").GetProperty("id").GetString());
        Assert.Equal(3, subscription.GetProperty("quantity").GetInt32());
        Assert.Equal("Licenses", subscription.GetProperty("unitType").GetString());
        Assert.Equal("active", subscription.GetProperty("status").GetString());
        Assert.True(subscription.GetProperty("autoRenewEnabled").GetBoolean());
        Assert.Equal("monthly", subscription.GetProperty("billingCycle").GetString());
        Assert.Equal("P1M", subscription.GetProperty("termDuration").GetString());
        Assert.Equal("nce-recent", subscription.GetProperty("orderId").GetString());
        Assert.Equal(order.CreationDate, subscription.GetProperty("creationDate").GetDateTimeOffset());
        Assert.Matches(@"\.\d{7}Z$", subscription.GetProperty("creationDate").GetString());
        Assert.Equal(order.CreationDate.AddDays(7), subscription.GetProperty("cancellationAllowedUntilDate").GetDateTimeOffset());
        Assert.Matches(@"\.\d{7}Z$", subscription.GetProperty("cancellationAllowedUntilDate").GetString());
        var start = order.CreationDate.UtcDateTime.Date;
        Assert.Equal(new DateTimeOffset(start.AddMonths(1).AddDays(-1), TimeSpan.Zero), subscription.GetProperty("commitmentEndDate").GetDateTimeOffset());
        Assert.Equal(["Partial"], subscription.GetProperty("refundOptions").EnumerateArray().Select(option => option.GetProperty("type").GetString()));
        Assert.Equal("/products/CFQ7TTC0LH18?country=US", subscription.GetProperty("links").GetProperty("product").GetProperty("uri").GetString());
        Assert.Equal("Subscription", subscription.GetProperty("attributes").GetProperty("objectType").GetString());
    }

    [Fact]
    public async Task Azure_plan_is_usage_based_without_a_cancellation_date()
    {
        var subscription = await GetAsync(TestSeed.FourthCoffee, TestSeed.BareAzurePlanSubscription);

        Assert.Equal("Azure", subscription.GetProperty("productType").GetProperty("id").GetString());
        Assert.Equal("Azure", subscription.GetProperty("productType").GetProperty("subType").GetProperty("id").GetString());
        Assert.Equal("Usage-based", subscription.GetProperty("unitType").GetString());
        Assert.Equal("usage", subscription.GetProperty("billingType").GetString());
        Assert.False(subscription.TryGetProperty("cancellationAllowedUntilDate", out _));
        Assert.False(subscription.TryGetProperty("refundOptions", out _));
        Assert.Equal(9999, subscription.GetProperty("commitmentEndDate").GetDateTimeOffset().Year);
    }

    [Fact]
    public async Task A_cancelled_orders_subscription_reads_deleted()
    {
        var id = emulator.Server.State.FindOrder("ri-cancelled")!.Subscriptions.Single().Id;

        var subscription = await GetAsync(TestSeed.Tailspin, id);

        Assert.Equal("deleted", subscription.GetProperty("status").GetString());
        Assert.False(subscription.GetProperty("autoRenewEnabled").GetBoolean());
    }

    [Theory]
    [InlineData(TestSeed.Contoso, "00000000-0000-0000-0000-00000000dead", 404, 20003)]
    [InlineData(TestSeed.Contoso, TestSeed.NceRecentSubscription, 404, 20003)]
    [InlineData(TestSeed.Litware, "00000000-0000-0000-0000-00000000dead", 403, 20002)]
    [InlineData("not-a-guid", TestSeed.NceRecentSubscription, 400, 900118)]
    public async Task Get_of_what_is_not_the_customers_own_is_refused(string customerId, string subscriptionId, int status, long code)
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{customerId}/subscriptions/{subscriptionId}");

        Assert.Equal(code, await EmulatorFixture.ReadErrorCodeAsync(response, status));
    }

    private async Task<JsonElement> GetAsync(string customerId, string subscriptionId)
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{customerId}/subscriptions/{subscriptionId}");
        Assert.Equal(200, (int)response.StatusCode);
        return await EmulatorFixture.ReadJsonAsync(response);
    }
}
