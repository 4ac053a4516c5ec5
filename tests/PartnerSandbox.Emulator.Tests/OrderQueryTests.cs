using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class OrderQueryTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task List_returns_the_customers_orders_in_one_collection()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders");

        Assert.Equal(200, (int)response.StatusCode);
        var orders = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(["ri-recent-1", "ri-recent-2", "ri-recent-3", "perpetual-recent", "software-sub-recent", "saas-recent"], Ids(orders));
        Assert.Equal(6, orders.GetProperty("totalCount").GetInt32());
        Assert.Equal($"/customers/{TestSeed.Contoso}/orders", orders.GetProperty("links").GetProperty("self").GetProperty("uri").GetString());
        Assert.All(orders.GetProperty("items").EnumerateArray(), order => Assert.False(order.TryGetProperty("totalPrice", out _)));
    }

    [Theory]
    [InlineData("one_time", new[] { "ri-recent-1", "ri-recent-2", "ri-recent-3", "perpetual-recent" })]
    [InlineData("OneTime", new[] { "ri-recent-1", "ri-recent-2", "ri-recent-3", "perpetual-recent" })]
    [InlineData("Monthly", new[] { "saas-recent" })]
    [InlineData("triennial", new string[0])]
    public async Task List_filters_by_billing_type_ignoring_case_and_underscores(string billingType, string[] expectedIds)
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders?billingType={billingType}");

        var orders = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(expectedIds, Ids(orders));
        Assert.Equal(expectedIds.Length, orders.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task List_with_include_price_adds_total_price()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders?include_price=true");

        var first = (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("items")[0];
        Assert.Equal(1234.56m, first.GetProperty("totalPrice").GetDecimal());
    }

    [Fact]
    public async Task Get_returns_the_order()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Tailspin}/orders/ri-cancelled");

        Assert.Equal(200, (int)response.StatusCode);
        var order = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal("ri-cancelled", order.GetProperty("id").GetString());
        Assert.Equal("cancelled", order.GetProperty("status").GetString());
        Assert.Equal(TestSeed.Tailspin, order.GetProperty("referenceCustomerId").GetString());
    }

    [Fact]
    public async Task Get_unknown_order_is_404_code_20000()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/no-such-order");

        Assert.Equal(20000, await EmulatorFixture.ReadErrorCodeAsync(response, 404));
    }

    [Fact]
    public async Task Get_another_customers_order_is_404_code_20000()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-cancelled");

        Assert.Equal(20000, await EmulatorFixture.ReadErrorCodeAsync(response, 404));
    }

    [Theory]
    [InlineData("/v1/customers/contoso/orders")]
    [InlineData("/v1/customers/contoso/orders/ri-recent-1")]
    public async Task Malformed_customer_id_is_400_code_900118(string path)
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, path);

        Assert.Equal(900118, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    [Fact]
    public async Task Production_partner_cannot_list_sandbox_customers_orders()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Tailspin}/orders", token: await emulator.ProductionTokenAsync());

        Assert.Equal(20002, await EmulatorFixture.ReadErrorCodeAsync(response, 403));
    }

    private static string[] Ids(JsonElement collection) =>
        collection.GetProperty("items").EnumerateArray().Select(order => order.GetProperty("id").GetString() ?? string.Empty).ToArray();
}
