using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>Orders are created for Wingtip (one seeded order, so room under the sandbox limits); each test resets first.</summary>
public sealed class OrderCreationTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string ReservedInstance = """{"lineItems": [{"offerId": "DZH318Z0BQ4B:000Z:DZH318Z0DSPL", "quantity": 1, "friendlyName": "RI", "termDuration": "P1Y"}], "billingCycle": "one_time"}""";

    [Fact]
    public async Task Create_is_201_with_the_whole_order_created_now_and_completed()
    {
        await ResetAsync(orderListingDelaySeconds: 0);
        var before = emulator.Server.State.Clock.GetUtcNow();

        using var response = await CreateAsync("""{"lineItems": [{"offerId": "DG7GMGF0FKZV:0003:DG7GMGF0DWMS", "quantity": 3, "friendlyName": "SQL", "termDuration": "P1Y"}]}""");

        Assert.Equal(201, (int)response.StatusCode);
        var order = await EmulatorFixture.ReadJsonAsync(response);
        var id = order.GetProperty("id").GetString()!;
        Assert.Equal("completed", order.GetProperty("status").GetString());
        Assert.Equal("annual", order.GetProperty("billingCycle").GetString());
        Assert.Equal(TestSeed.Wingtip, order.GetProperty("referenceCustomerId").GetString());
        Assert.Matches("^[0-9a-f]{12}$", order.GetProperty("alternateId").GetString());
        Assert.Matches(@"\.\d{7}Z$", order.GetProperty("creationDate").GetString());
        Assert.InRange(order.GetProperty("creationDate").GetDateTimeOffset(), before, emulator.Server.State.Clock.GetUtcNow());
        var lineItem = order.GetProperty("lineItems").EnumerateArray().Single();
        Assert.Equal(3, lineItem.GetProperty("quantity").GetInt32());
        Assert.Equal("SQL", lineItem.GetProperty("friendlyName").GetString());
        Assert.True(Guid.TryParse(lineItem.GetProperty("subscriptionId").GetString(), out _));
        Assert.Equal($"/customers/{TestSeed.Wingtip}/orders/{id}", order.GetProperty("links").GetProperty("self").GetProperty("uri").GetString());
        Assert.Equal(State.ProductType.SoftwareSubscription, ProductTypeOf(id));
        Assert.Equal("active", emulator.Server.State.FindSubscription(lineItem.GetProperty("subscriptionId").GetString()!)!.Status);

        using var get = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Wingtip}/orders/{id}");
        Assert.Equal(200, (int)get.StatusCode);
    }

    [Theory]
    [InlineData("CFQ7TTC0LH18:0001:CFQ7TTC0K5BF", "P1M", State.ProductType.NewCommerce)]
    [InlineData("DZH318Z0BPS6:0001:DZH318Z0BMN4", "", State.ProductType.AzurePlan)]
    [InlineData("DZH318Z0BQ4B:000Z:DZH318Z0DSPL", "P1Y", State.ProductType.ReservedInstance)]
    [InlineData("DG7GMGF0D7FV:0002:DG7GMGF0D3SK", "", State.ProductType.PerpetualSoftware)]
    [InlineData("DG7GMGF0D7FV:0002:DG7GMGF0D3SK", "P3Y", State.ProductType.SoftwareSubscription)]
    [InlineData("DZH318Z0BR37:0001:DZH318Z0BTSD", "P1M", State.ProductType.Saas)]
    [InlineData("DZH318Z0BR38:0002:DZH318Z0BTSE", "P1M", State.ProductType.SaasSeatBased)]
    public async Task Create_infers_the_product_type_from_the_offer(string offerId, string termDuration, State.ProductType expected)
    {
        await ResetAsync(orderListingDelaySeconds: 0);

        using var response = await CreateAsync($$"""{"lineItems": [{"offerId": "{{offerId}}", "termDuration": "{{termDuration}}"}]}""");

        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal(expected, ProductTypeOf((await EmulatorFixture.ReadJsonAsync(response)).GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Create_a_third_reserved_instance_is_800018()
    {
        await ResetAsync(orderListingDelaySeconds: 0);

        using var first = await CreateAsync(ReservedInstance);
        using var second = await CreateAsync(ReservedInstance);
        using var third = await CreateAsync(ReservedInstance);

        Assert.Equal(201, (int)first.StatusCode);
        Assert.Equal(201, (int)second.StatusCode);
        Assert.Equal(800018, await EmulatorFixture.ReadErrorCodeAsync(third, 400));
        Assert.Equal(3, emulator.Server.State.FindCustomerOwner(Guid.Parse(TestSeed.Wingtip))!.FindCustomer(Guid.Parse(TestSeed.Wingtip))!.Orders.Count);
    }

    [Fact]
    public async Task Create_past_the_subscription_or_licence_limits_is_800018()
    {
        await ResetAsync(orderListingDelaySeconds: 0);

        // Wingtip has one subscription; five more line items make six.
        using var tooManySubscriptions = await CreateAsync("""{"lineItems": [{"offerId": "DZH318Z0BR37:1"}, {"offerId": "DZH318Z0BR37:2"}, {"offerId": "DZH318Z0BR37:3"}, {"offerId": "DZH318Z0BR37:4"}, {"offerId": "DZH318Z0BR37:5"}]}""");
        using var tooManyLicences = await CreateAsync("""{"lineItems": [{"offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0K5BF", "quantity": 26}]}""");

        Assert.Equal(800018, await EmulatorFixture.ReadErrorCodeAsync(tooManySubscriptions, 400));
        Assert.Equal(800018, await EmulatorFixture.ReadErrorCodeAsync(tooManyLicences, 400));
    }

    [Theory]
    [InlineData("""{"lineItems": [{"offerId": "NOPE0000:0001:0001"}]}""")]
    [InlineData("""{"lineItems": []}""")]
    [InlineData("""{"lineItems": [{"offerId": "DZH318Z0BR37:1", "quantity": 0}]}""")]
    [InlineData("""{"lineItems": [{"offerId": "DZH318Z0BR37:1"}, {"offerId": "CFQ7TTC0LH18:1"}]}""")]
    [InlineData("""{"lineItems": [{"offerId": "DZH318Z0BR37:1"},]}""")]
    public async Task Create_with_an_unknown_offer_or_a_bad_body_is_800002(string body)
    {
        await ResetAsync(orderListingDelaySeconds: 0);

        using var response = await CreateAsync(body);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    [Fact]
    public async Task Create_with_a_listing_delay_lists_the_order_only_once_the_delay_has_passed()
    {
        await ResetAsync(orderListingDelaySeconds: 900);

        using var created = await CreateAsync(ReservedInstance);
        var id = (await EmulatorFixture.ReadJsonAsync(created)).GetProperty("id").GetString();
        var listedBefore = await ListedOrderIdsAsync();
        // 15 minutes and a few seconds later by the virtual clock.
        using var moved = await emulator.AdminAsync(HttpMethod.Post, "/clock", """{"advanceDays": 0.0105}""");
        Assert.Equal(200, (int)moved.StatusCode);
        var listedAfter = await ListedOrderIdsAsync();

        Assert.DoesNotContain(id, listedBefore);
        Assert.Contains(id, listedAfter);
    }

    private async Task<string?[]> ListedOrderIdsAsync()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Wingtip}/orders");
        return [.. (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("items").EnumerateArray().Select(order => order.GetProperty("id").GetString())];
    }

    private State.ProductType ProductTypeOf(string orderId) => emulator.Server.State.FindOrder(orderId)!.ProductType;

    private Task<HttpResponseMessage> CreateAsync(string body) =>
        emulator.SendAsync(HttpMethod.Post, $"/v1/customers/{TestSeed.Wingtip}/orders", body);

    private async Task ResetAsync(int orderListingDelaySeconds)
    {
        using var reset = await emulator.AdminAsync(HttpMethod.Post, "/reset");
        using var knobs = await emulator.AdminAsync(HttpMethod.Post, "/knobs", $$"""{"orderListingDelaySeconds": {{orderListingDelaySeconds}}}""");
        Assert.Equal(204, (int)reset.StatusCode);
        Assert.Equal(200, (int)knobs.StatusCode);
    }
}
