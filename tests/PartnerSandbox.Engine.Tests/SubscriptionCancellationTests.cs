using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>
/// A subscription is cancelled by sending it back whole, as just read, with the status that cancels it; the outcome
/// is what the service shows, and an answer that does not say leads to a read first.
/// </summary>
public class SubscriptionCancellationTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private const string Id = "5b000000-0000-0000-0000-000000000001";
    private readonly List<TimeSpan> waits = new();
    private readonly List<TimeSpan> polls = new();

    private static string Subscription(string status) =>
        "{\"id\":\"" + Id + "\",\"offerId\":\"CFQ7TTC0LH18:0001:CFQ7TTC0K5BF\",\"quantity\":3,\"status\":\"" + status + "\",\"autoRenewEnabled\":true," +
        "\"futureField\":{\"kept\":[1,2]},\"attributes\":{\"etag\":\"e-1\",\"objectType\":\"Subscription\"}}";

    private async Task<ChangeResult<Models.Subscription>> Cancel(ScriptedTransport transport, string status = "deleted")
    {
        using var session = SessionFactory.Create(transport, waits, maxAttempts: 2);
        return await Canceller(session).CancelAsync(Customer, Id, status, CancellationToken.None);
    }

    private SubscriptionCancellation Canceller(PartnerCenterSession session) => new(session.Client, (wait, _) =>
    {
        polls.Add(wait);
        return Task.CompletedTask;
    });

    private static IEnumerable<string> Methods(ScriptedTransport transport) => transport.Received.Select(r => r.Request.Method.Method);

    [Fact]
    public async Task The_subscription_is_read_and_sent_back_whole_with_only_its_status_changed()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, Subscription("active")).Then(HttpStatusCode.OK, Subscription("deleted"));

        var result = await Cancel(transport);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.False(result.ReadAgain);
        Assert.Equal(new[] { "GET", "PATCH" }, Methods(transport));
        var sent = JsonDocument.Parse(transport.Received[1].Body!).RootElement;
        var read = JsonDocument.Parse(Subscription("active")).RootElement;
        Assert.Equal("deleted", sent.GetProperty("status").GetString());
        foreach (var property in read.EnumerateObject().Where(p => p.Name != "status"))
        {
            Assert.Equal(property.Value.GetRawText(), sent.GetProperty(property.Name).GetRawText());
        }

        Assert.Equal(read.EnumerateObject().Count(), sent.EnumerateObject().Count());
        Assert.EndsWith("/v1/customers/" + Customer + "/subscriptions/" + Id, transport.Received[1].Request.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_azure_plan_is_done_when_it_shows_suspended()
    {
        var result = await Cancel(new ScriptedTransport().Then(HttpStatusCode.OK, Subscription("active")).Then(HttpStatusCode.OK, Subscription("suspended")), "suspended");

        Assert.Equal(ChangeState.Done, result.State);
    }

    [Fact]
    public async Task The_subscription_in_another_status_is_accepted_not_done()
    {
        var result = await Cancel(new ScriptedTransport().Then(HttpStatusCode.OK, Subscription("active")).Then(HttpStatusCode.Accepted, Subscription("pending")));

        Assert.Equal(ChangeState.Accepted, result.State);
        Assert.Equal("pending", result.Resource.Status);
    }

    [Fact]
    public async Task A_lost_answer_is_checked_by_reading_the_subscription_again()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, Subscription("active")).ThenDrop().ThenDrop().Then(HttpStatusCode.OK, Subscription("deleted"));

        var result = await Cancel(transport);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.True(result.ReadAgain);
        Assert.Equal(new[] { "GET", "PATCH", "PATCH", "GET" }, Methods(transport));
    }

    [Fact]
    public async Task An_empty_answer_for_a_subscription_still_active_says_it_was_not_cancelled()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, Subscription("active")).Then(HttpStatusCode.OK, "{}").Then(HttpStatusCode.OK, Subscription("active"));

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Cancel(transport));

        Assert.Equal(PartnerCenterFailure.NotConfirmed, error.Failure);
        Assert.Contains("subscription " + Id + " shows status 'active': it was not deleted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_first_read_fails_nothing_is_sent()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.NotFound, "{\"code\": 20003, \"description\": \"Subscription with id " + Id + " not found.\"}");

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Cancel(transport));

        Assert.Equal("20003", error.ServiceCode);
        Assert.Equal(new[] { "GET" }, Methods(transport));
    }

    [Fact]
    public async Task A_refusal_is_the_services_and_nothing_is_read_again()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, Subscription("active"))
            .Then(HttpStatusCode.Forbidden, "{\"code\": 900115, \"description\": \"Azure plan cannot be moved to suspended state since you have one or more Azure Subscriptions in the active state\"}");

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => Cancel(transport, "suspended"));

        Assert.Equal("900115", error.ServiceCode);
        Assert.Equal(new[] { "GET", "PATCH" }, Methods(transport));
    }

    [Fact]
    public async Task Waiting_reads_until_it_shows_the_cancelled_status()
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, Subscription("pending")).Then(HttpStatusCode.OK, Subscription("deleted"));
        using var session = SessionFactory.Create(transport, waits);

        var result = await Canceller(session).WaitUntilCancelledAsync(Customer, Id, "deleted", TimeSpan.FromMinutes(10), CancellationToken.None);

        Assert.Equal(ChangeState.Done, result.State);
        Assert.Equal(2, polls.Count);
        Assert.True(polls[0] < polls[1]);
    }
}
