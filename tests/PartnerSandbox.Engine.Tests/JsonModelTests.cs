using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

public class JsonModelTests
{
    private readonly List<TimeSpan> waits = new();

    private async Task<Models.Order> ParseOrder(string json)
    {
        using var session = SessionFactory.Create(new ScriptedTransport().Then(HttpStatusCode.OK, json), waits);
        return await session.Client.GetOrderAsync("0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01", "o", CancellationToken.None);
    }

    [Fact]
    public async Task Unknown_status_billing_cycle_and_extra_fields_are_kept_as_sent()
    {
        var order = await ParseOrder(
            "{\"id\":\"UKXASSO1dezh3HdxClHxSp5UEFXGbAnt1\",\"status\":\"awaiting_moon_phase\",\"billingCycle\":\"quinquennial\"," +
            "\"brandNewField\":{\"deep\":[1,2,3]},\"client\":{},\"attributes\":{\"objectType\":\"Order\",\"etag\":\"x\"}," +
            "\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"DZH318Z0BQ4B:000Z:DZH318Z0DSPL\",\"quantity\":\"2\",\"termDuration\":\"P1Y\",\"transactionType\":\"New\",\"futureThing\":true}]}");

        Assert.Equal("UKXASSO1dezh3HdxClHxSp5UEFXGbAnt1", order.Id);
        Assert.Equal("awaiting_moon_phase", order.Status);
        Assert.Equal("quinquennial", order.BillingCycle);
        Assert.Equal(2, order.LineItems[0].Quantity);
        Assert.Equal("DZH318Z0BQ4B:000Z:DZH318Z0DSPL", order.LineItems[0].OfferId);
    }

    [Theory]
    [InlineData("2019-02-21T17:56:21.1335741Z", "2019-02-21T17:56:21.1335741+00:00")]
    [InlineData("2018-03-06T17:37:05.253-08:00", "2018-03-07T01:37:05.2530000+00:00")]
    public async Task Creation_dates_with_seven_digits_or_an_offset_are_read_exactly(string sent, string utc)
    {
        var order = await ParseOrder("{\"id\":\"o\",\"creationDate\":\"" + sent + "\"}");

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), order.CreationDate);
    }

    [Theory]
    [InlineData("800061")]
    [InlineData("\"800061\"")]
    public async Task The_error_code_is_read_as_a_number_or_a_string(string code)
    {
        using var session = SessionFactory.Create(
            new ScriptedTransport().Then(HttpStatusCode.BadRequest, "{\"code\": " + code + ", \"description\": \"Order can't be canceled\", \"source\": \"PartnerFD\"}"), waits);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.SendCancellationAsync("0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01", "o", CancellationToken.None));

        Assert.Equal("800061", error.ServiceCode);
        Assert.Equal("Order can't be canceled", error.Description);
    }

    [Fact]
    public async Task An_error_body_that_is_not_json_still_gives_the_status()
    {
        using var session = SessionFactory.Create(new ScriptedTransport().Then(HttpStatusCode.Forbidden, "<html>denied</html>"), waits);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrdersAsync("0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01", null, false, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Null(error.ServiceCode);
    }

    [Fact]
    public async Task A_success_body_that_is_not_json_is_an_unreadable_response()
    {
        using var session = SessionFactory.Create(new ScriptedTransport().Then(HttpStatusCode.OK, "not json"), waits);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync("0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01", "o", CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.UnreadableResponse, error.Failure);
    }

    [Fact]
    public async Task An_order_collection_is_read_from_its_items()
    {
        using var session = SessionFactory.Create(new ScriptedTransport().Then(
            HttpStatusCode.OK,
            "{\"totalCount\":2,\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"links\":{\"self\":{\"uri\":\"/customers/c/orders\",\"method\":\"GET\",\"headers\":[]}},\"attributes\":{\"objectType\":\"Collection\"}}"), waits);

        var orders = await session.Client.GetOrdersAsync("0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01", null, false, CancellationToken.None);

        Assert.Equal(2, orders.Count);
        Assert.Equal("a", orders[0].Id);
        Assert.Equal("b", orders[1].Id);
    }
}
