using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>An outcome is reported only as it is: an answer that does not say what happened leads to a read first.</summary>
public class OrderCancellationTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private readonly List<TimeSpan> waits = new();
    private readonly List<TimeSpan> polls = new();

    private static string Order(string id, string status) => "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"lineItems\":[]}";

    private async Task<ChangeResult<Models.Order>> Cancel(ScriptedTransport transport)
    {
        using var session = SessionFactory.Create(transport, waits, maxAttempts: 2);
        return await Canceller(session).CancelAsync(Customer, "o1", "completed", CancellationToken.None);
    }

    private OrderCancellation Canceller(PartnerCenterSession session) => new(session.Client, (wait, _) =>
    {
        polls.Add(wait);
        return Task.CompletedTask;
    });

    private static IEnumerable<string> Methods(ScriptedTransport transport) => transport.Received.Select(r => r.Request.Method.Method);

    [Theory]
    [InlineData(Models.OrderDetail.Full, 1)]
    [InlineData(Models.OrderDetail.IdAndStatus, 0)]
    public async Task An_answer_read_for_its_id_and_status_keeps_nothing_else(Models.OrderDetail detail, int lineItems)
    {
        const string answer = "{\"id\":\"o1\",\"status\":\"cancelled\",\"creationDate\":\"2026-11-01T10:00:00Z\",\"billingCycle\":\"monthly\",\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"DZH318Z0BQ3Q:0002\",\"quantity\":1}]}";
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, answer);
        using var session = SessionFactory.Create(transport, waits, maxAttempts: 2);

        var result = await new OrderCancellation(session.Client, detail: detail).CancelAsync(Customer, "o1", "completed", CancellationToken.None);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.Equal(("o1", "cancelled"), (result.Resource.Id, result.Resource.Status));
        Assert.Equal(lineItems, result.Resource.LineItems.Count);
        Assert.Equal(detail == Models.OrderDetail.Full, result.Resource.BillingCycle is not null);
    }

    [Fact]
    public async Task The_cancelled_order_as_the_answer_is_success_without_another_request()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, Order("o1", "cancelled"));

        var result = await Cancel(transport);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.False(result.ReadAgain);
        Assert.Equal(new[] { "PATCH" }, Methods(transport));
    }

    [Fact]
    public async Task The_order_in_another_status_is_accepted_not_cancelled_and_kept_as_sent()
    {
        var result = await Cancel(new ScriptedTransport().Then(HttpStatusCode.OK, Order("o1", "pending")));

        Assert.Equal(ChangeState.Accepted, result.State);
        Assert.Equal("pending", result.Resource.Status);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"id\":\"another-order\",\"status\":\"cancelled\"}")]
    public async Task An_answer_that_is_not_that_order_is_checked_by_reading_the_order(string answer)
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, answer).Then(HttpStatusCode.OK, Order("o1", "cancelled"));

        var result = await Cancel(transport);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.True(result.ReadAgain);
        Assert.Equal(new[] { "PATCH", "GET" }, Methods(transport));
    }

    [Fact]
    public async Task An_empty_success_for_an_order_still_unchanged_is_not_confirmed()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, Order("o1", "completed"));

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Cancel(transport));

        Assert.Equal(PartnerCenterFailure.NotConfirmed, error.Failure);
        Assert.Contains("shows status 'completed': it was not cancelled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_answer_for_an_order_the_service_did_cancel_is_success()
    {
        var transport = new ScriptedTransport().ThenDrop().ThenDrop().Then(HttpStatusCode.OK, Order("o1", "cancelled"));

        var result = await Cancel(transport);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.True(result.ReadAgain);
        Assert.Equal(new[] { "PATCH", "PATCH", "GET" }, Methods(transport));
    }

    [Fact]
    public async Task A_lost_answer_for_an_unchanged_order_is_the_connection_failure_saying_it_was_not_cancelled()
    {
        var transport = new ScriptedTransport().ThenDrop().ThenDrop().Then(HttpStatusCode.OK, Order("o1", "completed"));

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Cancel(transport));

        Assert.Equal(PartnerCenterFailure.ConnectionFailed, error.Failure);
        Assert.Contains("it was not cancelled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_answer_for_an_order_now_in_progress_is_accepted()
    {
        var result = await Cancel(new ScriptedTransport().ThenDrop().ThenDrop().Then(HttpStatusCode.OK, Order("o1", "pending")));

        Assert.Equal(ChangeState.Accepted, result.State);
    }

    [Fact]
    public async Task When_the_read_fails_too_the_outcome_is_unknown_and_said_to_be()
    {
        var transport = new ScriptedTransport().ThenDrop().ThenDrop().ThenDrop().ThenDrop();

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Cancel(transport));

        Assert.Equal(PartnerCenterFailure.OutcomeUnknown, error.Failure);
        Assert.Contains("may or may not be cancelled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_the_services_refusal_and_nothing_is_read()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.Forbidden, "{\"code\": 800077, \"description\": \"Seat-based SaaS.\"}");

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Cancel(transport));

        Assert.Equal("800077", error.ServiceCode);
        Assert.Equal(new[] { "PATCH" }, Methods(transport));
    }

    [Fact]
    public async Task Waiting_reads_the_order_with_growing_pauses_until_it_shows_cancelled()
    {
        var transport = new ScriptedTransport()
            .Then(HttpStatusCode.OK, Order("o1", "pending"))
            .Then(HttpStatusCode.OK, Order("o1", "pending"))
            .Then(HttpStatusCode.OK, Order("o1", "cancelled"));
        using var session = SessionFactory.Create(transport, waits);

        var result = await Canceller(session).WaitUntilCancelledAsync(Customer, "o1", TimeSpan.FromMinutes(10), CancellationToken.None);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.Equal(3, polls.Count);
        Assert.True(polls[0] < polls[1] && polls[1] < polls[2], string.Join(", ", polls));
    }

    [Fact]
    public async Task Waiting_gives_up_after_its_timeout_with_the_order_as_last_shown()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, Order("o1", "pending"));
        using var session = SessionFactory.Create(transport, waits);

        var result = await Canceller(session).WaitUntilCancelledAsync(Customer, "o1", TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(ChangeState.Accepted, result.State);
        Assert.Equal("pending", result.Resource.Status);
    }
}
