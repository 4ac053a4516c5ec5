using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class CustomerTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task List_returns_only_the_partners_own_customers_as_a_collection()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, "/v1/customers?size=40");

        Assert.Equal(200, (int)response.StatusCode);
        var page = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(4, page.GetProperty("totalCount").GetInt32());
        Assert.Equal([TestSeed.Contoso, TestSeed.Tailspin, TestSeed.Wingtip, TestSeed.FourthCoffee], Ids(page));
        Assert.Equal("Collection", page.GetProperty("attributes").GetProperty("objectType").GetString());
        Assert.Equal("/v1/customers?size=40", page.GetProperty("links").GetProperty("self").GetProperty("uri").GetString());
        Assert.False(page.GetProperty("links").TryGetProperty("next", out _));
        var contoso = page.GetProperty("items")[0];
        Assert.Equal("Contoso Ltd", contoso.GetProperty("companyProfile").GetProperty("companyName").GetString());
        Assert.Equal("contoso.onmicrosoft.com", contoso.GetProperty("companyProfile").GetProperty("domain").GetString());
        Assert.Equal("reseller", contoso.GetProperty("relationshipToPartner").GetString());
        Assert.Equal("Customer", contoso.GetProperty("attributes").GetProperty("objectType").GetString());
        Assert.False(contoso.TryGetProperty("allowDelegatedAccess", out _));
    }

    [Fact]
    public async Task List_pages_with_continuation_tokens()
    {
        using var first = await emulator.SendAsync(HttpMethod.Get, "/v1/customers?size=2");
        var firstPage = await EmulatorFixture.ReadJsonAsync(first);
        Assert.Equal(2, firstPage.GetProperty("totalCount").GetInt32());
        var next = firstPage.GetProperty("links").GetProperty("next");
        var header = next.GetProperty("headers").EnumerateArray().Single();
        Assert.Equal("MS-ContinuationToken", header.GetProperty("key").GetString());
        Assert.Equal(header.GetProperty("value").GetString(), firstPage.GetProperty("continuationToken").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, next.GetProperty("uri").GetString());
        request.Headers.Authorization = new("Bearer", await emulator.SandboxTokenAsync());
        request.Headers.Add("MS-ContinuationToken", header.GetProperty("value").GetString());
        using var second = await emulator.Http.SendAsync(request);

        var secondPage = await EmulatorFixture.ReadJsonAsync(second);
        Assert.Equal([TestSeed.Contoso, TestSeed.Tailspin], Ids(firstPage));
        Assert.Equal([TestSeed.Wingtip, TestSeed.FourthCoffee], Ids(secondPage));
        Assert.Equal(2, secondPage.GetProperty("totalCount").GetInt32());
        Assert.False(secondPage.GetProperty("links").TryGetProperty("next", out _));
    }

    [Fact]
    public async Task Next_page_without_the_token_header_is_invalid_input()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, "/v1/customers?size=2&seekOperation=Next");

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    [Fact]
    public async Task Continuation_token_of_another_partner_is_invalid_input()
    {
        using var first = await emulator.SendAsync(HttpMethod.Get, "/v1/customers?size=1");
        var sandboxToken = (await EmulatorFixture.ReadJsonAsync(first)).GetProperty("continuationToken").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/customers?size=1&seekOperation=Next");
        request.Headers.Authorization = new("Bearer", await emulator.ProductionTokenAsync());
        request.Headers.Add("MS-ContinuationToken", sandboxToken);
        using var response = await emulator.Http.SendAsync(request);

        Assert.Equal(800002, await EmulatorFixture.ReadErrorCodeAsync(response, 400));
    }

    [Fact]
    public async Task Get_returns_the_customer_with_delegated_access()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Wingtip}");

        var customer = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(TestSeed.Wingtip, customer.GetProperty("id").GetString());
        Assert.Equal("advisor", customer.GetProperty("relationshipToPartner").GetString());
        Assert.True(customer.GetProperty("allowDelegatedAccess").GetBoolean());
    }

    [Theory]
    [InlineData("not-a-guid", 400, 900118)]
    [InlineData("99999999-0000-0000-0000-000000000000", 404, 60003)]
    [InlineData(TestSeed.Litware, 403, 20002)]
    public async Task Get_of_a_customer_the_partner_cannot_see_is_refused(string customerId, int status, long code)
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{customerId}");

        Assert.Equal(code, await EmulatorFixture.ReadErrorCodeAsync(response, status));
    }

    private static string[] Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(customer => customer.GetProperty("id").GetString() ?? string.Empty).ToArray();
}
