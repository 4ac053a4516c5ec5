using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>
/// A customer counts as removed on the service's 2xx, or when the answer was lost and a read finds it gone; the
/// refusal's blocking orders are the customer's own orders it names, and with -CancelOrders they are cancelled first.
/// </summary>
public class CustomerRemovalTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private const string Refusal = "{\"code\": 800002, \"description\": \"Customer relationship cannot be removed due to active Azure reserved instances.Please cancel the following orders: ri-1, plan-1\"}";
    private static readonly string Recent = DateTimeOffset.UtcNow.AddDays(-3).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    private readonly List<TimeSpan> waits = new();

    private static string Order(string id, string offer, string status = "completed", string? created = null) =>
        "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"creationDate\":\"" + (created ?? Recent) + "\",\"lineItems\":[{\"offerId\":\"" + offer + "\"}]}";

    private static string Orders(params string[] orders) => "{\"totalCount\":" + orders.Length + ",\"items\":[" + string.Join(",", orders) + "]}";

    private static readonly string Listing = Orders(
        Order("ri-1", "DZH318Z0BQ4B:000Z:DZH318Z0DSPL"),
        Order("plan-1", "DZH318Z0BPS6:0001:DZH318Z0BMN4"),
        Order("ri-1-cancelled", "DZH318Z0BQ4B:000Z:DZH318Z0DSPL", "cancelled"),
        Order("nce-1", "CFQ7TTC0LH18:0001:CFQ7TTC0K5BF"));

    private const string Plan = "{\"id\":\"p1\",\"offerId\":\"DZH318Z0BPS6:0001:DZH318Z0BMN4\",\"productType\":{\"id\":\"Azure\",\"subType\":{\"id\":\"Azure\"}},\"status\":\"active\",\"orderId\":\"plan-1\"}";

    private async Task<CustomerRemovalResult> Remove(ScriptedTransport transport, bool cancelOrders = false)
    {
        using var session = SessionFactory.Create(transport, waits, maxAttempts: 2);
        return await new CustomerRemoval(session.Client, (_, _) => Task.CompletedTask).RemoveAsync(Customer, cancelOrders, TimeSpan.FromMinutes(1), CancellationToken.None);
    }

    private static IEnumerable<string> Calls(ScriptedTransport transport) =>
        transport.Received.Select(r => r.Request.Method.Method + " " + r.Request.RequestUri!.PathAndQuery.Replace("/v1/customers/" + Customer, "~", StringComparison.Ordinal));

    [Fact]
    public async Task A_204_is_removed_with_nothing_else_sent()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.NoContent);

        var result = await Remove(transport);

        Assert.False(result.ReadAgain);
        Assert.Empty(result.CancelledFirst);
        Assert.Equal(new[] { "DELETE ~" }, Calls(transport));
    }

    [Fact]
    public async Task A_lost_answer_and_a_read_that_finds_no_customer_is_removed()
    {
        var transport = new ScriptedTransport().ThenDrop().ThenDrop().Then(HttpStatusCode.NotFound, "{\"code\": 60003, \"description\": \"Tenant not found.\"}");

        var result = await Remove(transport);

        Assert.True(result.ReadAgain);
        Assert.Equal(new[] { "DELETE ~", "DELETE ~", "GET ~" }, Calls(transport));
    }

    [Fact]
    public async Task A_lost_answer_and_a_read_that_still_finds_the_customer_says_it_was_not_removed()
    {
        var transport = new ScriptedTransport().ThenDrop().ThenDrop().Then(HttpStatusCode.OK, "{\"id\":\"" + Customer + "\"}");

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Remove(transport));

        Assert.Equal(PartnerCenterFailure.ConnectionFailed, error.Failure);
        Assert.Contains("customer " + Customer + " still exists: it was not removed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateways_404_on_the_read_is_no_proof_of_removal()
    {
        var transport = new ScriptedTransport().ThenDrop().ThenDrop().Then(HttpStatusCode.NotFound, "{\"statusCode\": 404, \"message\": \"Resource not found\"}");

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Remove(transport));

        Assert.Equal(PartnerCenterFailure.OutcomeUnknown, error.Failure);
    }

    [Fact]
    public async Task Without_cancelling_the_refusal_names_the_customers_active_orders_it_lists()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.BadRequest, Refusal).Then(HttpStatusCode.OK, Listing);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Remove(transport));

        Assert.Equal(PartnerCenterFailure.CustomerHasActiveOrders, error.Failure);
        Assert.True(error.HasCode(ErrorSource.PartnerCenter, "800002"), "the service's own code of the refusal stays");
        Assert.True(error.IsRefusal);
        Assert.Contains("while these orders are active: ri-1, plan-1. Nothing was changed.", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "DELETE ~", "GET ~/orders" }, Calls(transport));
    }

    [Fact]
    public async Task A_refusal_that_names_none_of_the_customers_orders_stays_the_services_refusal()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.BadRequest, "{\"code\": 800002, \"description\": \"Please cancel the following orders: somewhere-else\"}").Then(HttpStatusCode.OK, Listing);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Remove(transport, cancelOrders: true));

        Assert.Equal("800002", error.ServiceCode);
        Assert.Equal(new[] { "DELETE ~", "GET ~/orders" }, Calls(transport));
    }

    [Fact]
    public async Task Cancelling_first_cancels_an_order_by_order_and_an_azure_plan_by_suspending_it_then_removes()
    {
        var transport = new ScriptedTransport()
            .Then(HttpStatusCode.BadRequest, Refusal)
            .Then(HttpStatusCode.OK, Listing)
            .Then(HttpStatusCode.OK, Order("ri-1", "DZH318Z0BQ4B:000Z:DZH318Z0DSPL", "pending"))
            .Then(HttpStatusCode.OK, Order("ri-1", "DZH318Z0BQ4B:000Z:DZH318Z0DSPL", "cancelled"))
            .Then(HttpStatusCode.OK, "{\"items\":[" + Plan + "]}")
            .Then(HttpStatusCode.OK, Plan)
            .Then(HttpStatusCode.OK, Plan.Replace("\"active\"", "\"suspended\"", StringComparison.Ordinal))
            .Then(HttpStatusCode.NoContent);

        var result = await Remove(transport, cancelOrders: true);

        Assert.Equal(new[] { "ri-1", "plan-1" }, result.CancelledFirst);
        Assert.Equal(
            new[] { "DELETE ~", "GET ~/orders", "PATCH ~/orders/ri-1", "GET ~/orders/ri-1", "GET ~/subscriptions?order_id=plan-1", "GET ~/subscriptions/p1", "PATCH ~/subscriptions/p1", "DELETE ~" },
            Calls(transport));
        Assert.Contains("\"status\":\"suspended\"", transport.Received[6].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_past_sixty_days_is_not_sent_and_the_customer_is_not_removed()
    {
        var old = DateTimeOffset.UtcNow.AddDays(-61).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var transport = new ScriptedTransport()
            .Then(HttpStatusCode.BadRequest, Refusal.Replace(", plan-1", string.Empty, StringComparison.Ordinal))
            .Then(HttpStatusCode.OK, Orders(Order("ri-1", "DZH318Z0BQ4B:000Z:DZH318Z0DSPL", created: old)));

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Remove(transport, cancelOrders: true));

        Assert.Equal(PartnerCenterFailure.OrderTooOldToCancel, error.Failure);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.True(error.IsRefusal);
        Assert.Contains("order ri-1: created 61 days ago", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "DELETE ~", "GET ~/orders" }, Calls(transport));
    }
}
