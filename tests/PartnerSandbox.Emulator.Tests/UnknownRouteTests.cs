using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>What the service does not have gets the API gateway's 404 body, never an empty one.</summary>
public sealed class UnknownRouteTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string GatewayNotFound = """{"statusCode":404,"message":"Resource not found"}""";

    [Theory]
    [InlineData("GET", "/v1/no-such-resource")]
    [InlineData("GET", "/v1/customers/c1000000-0000-0000-0000-000000000001/invoices")]
    [InlineData("PUT", "/v1/customers")]
    [InlineData("POST", "/v1/customers/c1000000-0000-0000-0000-000000000001/subscriptions")]
    public async Task A_route_the_service_does_not_have_is_the_gateways_JSON_404(string method, string path)
    {
        using var response = await emulator.SendAsync(new HttpMethod(method), path, method == "GET" ? null : "{}");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(GatewayNotFound, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_provisioning_status_link_of_an_order_is_the_gateways_JSON_404()
    {
        using var order = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Contoso}/orders/ri-recent-1");
        var link = (await EmulatorFixture.ReadJsonAsync(order)).GetProperty("links").GetProperty("provisioningStatus").GetProperty("uri").GetString();

        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1{link}");

        Assert.EndsWith("/provisioningstatus", link, System.StringComparison.Ordinal);
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(GatewayNotFound, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Known_routes_still_answer()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, "/v1/customers");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(4, (await EmulatorFixture.ReadJsonAsync(response)).GetProperty("items").EnumerateArray().Count());
    }
}
