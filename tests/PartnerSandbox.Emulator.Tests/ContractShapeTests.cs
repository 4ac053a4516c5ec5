using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The examples of ../shared/partner-center-api.md, as the emulator writes and reads them.</summary>
public sealed class ContractShapeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static readonly JsonSerializerOptions DateOptions = new() { Converters = { new UtcDateTimeConverter() } };

    [Fact]
    public void Error_body_is_written_as_the_page_shows()
    {
        var json = JsonSerializer.Serialize(new Api.ApiError(400, 800061, "Order can't be canceled.").ToJson(), ApiJson.Options);

        Assert.Equal("""{"code":800061,"description":"Order can\u0027t be canceled.","data":[],"source":"PartnerFD"}""", json);
    }

    [Fact]
    public void Throttle_body_is_written_as_the_page_shows()
    {
        var json = JsonSerializer.Serialize(new GatewayJson(429, "Rate limit is exceeded. Try again in 57 seconds."), ApiJson.Options);

        Assert.Equal("""{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}""", json);
    }

    [Fact]
    public void Link_is_written_as_the_page_shows()
    {
        var json = JsonSerializer.Serialize(new LinkJson("/v1/customers?size=40&seekOperation=Next", "GET", [new LinkHeaderJson("MS-ContinuationToken", "abc")]), ApiJson.Options);

        Assert.Equal("""{"uri":"/v1/customers?size=40\u0026seekOperation=Next","method":"GET","headers":[{"key":"MS-ContinuationToken","value":"abc"}]}""", json);
    }

    [Theory]
    [InlineData("2019-02-21T17:56:21.1335741Z", "2019-02-21T17:56:21.1335741Z")]
    [InlineData("2018-03-06T17:37:05.253-08:00", "2018-03-07T01:37:05.2530000Z")]
    public void Creation_date_is_read_in_both_forms_and_written_in_utc_with_seven_digits(string read, string written)
    {
        var value = JsonSerializer.Deserialize<DateTimeOffset>($"\"{read}\"", DateOptions);

        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value, DateOptions));
    }

    [Fact]
    public async Task Order_has_every_field_of_the_contract()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Wingtip}/orders/perpetual-dated");

        var order = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal("perpetual-dated", order.GetProperty("id").GetString());
        Assert.Equal("5cf72f146967", order.GetProperty("alternateId").GetString());
        Assert.Equal(TestSeed.Wingtip, order.GetProperty("referenceCustomerId").GetString());
        Assert.Equal("one_time", order.GetProperty("billingCycle").GetString());
        Assert.Equal("UserPurchase", order.GetProperty("transactionType").GetString());
        Assert.Equal("EUR", order.GetProperty("currencyCode").GetString());
        Assert.Equal("€", order.GetProperty("currencySymbol").GetString());
        Assert.Equal("2019-02-21T17:56:21.1335741Z", order.GetProperty("creationDate").GetString());
        Assert.Equal("completed", order.GetProperty("status").GetString());
        Assert.False(order.TryGetProperty("totalPrice", out _));
        Assert.Equal("Order", order.GetProperty("attributes").GetProperty("objectType").GetString());

        var orderUri = $"/customers/{TestSeed.Wingtip}/orders/perpetual-dated";
        var links = order.GetProperty("links");
        Assert.Equal(orderUri, links.GetProperty("self").GetProperty("uri").GetString());
        Assert.Equal("GET", links.GetProperty("self").GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Array, links.GetProperty("self").GetProperty("headers").ValueKind);
        Assert.Equal(orderUri, links.GetProperty("patchOperation").GetProperty("uri").GetString());
        Assert.Equal("PATCH", links.GetProperty("patchOperation").GetProperty("method").GetString());

        var lineItem = order.GetProperty("lineItems").EnumerateArray().Single();
        Assert.Equal(0, lineItem.GetProperty("lineItemNumber").GetInt32());
        Assert.Equal("DG7GMGF0D7FV:0002:DG7GMGF0D3SK", lineItem.GetProperty("offerId").GetString());
        Assert.Equal("3d8ee6f9-7b2c-4f62-8c3e-2f1d1c8b9a10", lineItem.GetProperty("subscriptionId").GetString());
        Assert.Equal("Windows Server 2019 Standard - 16 Core License Pack", lineItem.GetProperty("friendlyName").GetString());
        Assert.Equal(1, lineItem.GetProperty("quantity").GetInt32());
        Assert.Equal(string.Empty, lineItem.GetProperty("termDuration").GetString());
        Assert.Equal("New", lineItem.GetProperty("transactionType").GetString());
        Assert.Equal("/products/DG7GMGF0D7FV?country=US", lineItem.GetProperty("links").GetProperty("product").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Collection_counts_this_page_and_names_its_type()
    {
        using var response = await emulator.SendAsync(HttpMethod.Get, $"/v1/customers/{TestSeed.Tailspin}/orders");

        var collection = await EmulatorFixture.ReadJsonAsync(response);
        Assert.Equal(collection.GetProperty("items").GetArrayLength(), collection.GetProperty("totalCount").GetInt32());
        Assert.Equal("Collection", collection.GetProperty("attributes").GetProperty("objectType").GetString());
        Assert.Equal(["totalCount", "items", "links", "attributes"], collection.EnumerateObject().Select(property => property.Name).ToArray());
    }
}
