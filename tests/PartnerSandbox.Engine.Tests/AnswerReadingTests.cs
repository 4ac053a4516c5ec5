using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>An attempt is the request and the reading of its answer: timeouts, Ctrl+C and the size limit cover the body too.</summary>
public class AnswerReadingTests
{
    private const string Customer = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private const string OrderJson = "{\"id\":\"o1\",\"status\":\"completed\",\"lineItems\":[]}";
    private readonly List<TimeSpan> waits = new();

    [Fact]
    public async Task A_body_that_trickles_past_the_attempt_timeout_ends_the_attempt_and_is_retried()
    {
        var transport = new ScriptedTransport().ThenTrickle(OrderJson, TimeSpan.FromMilliseconds(100)).Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, waits, attemptTimeout: TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        var order = await session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None);

        // The trickled body would take about 4.5 s; the attempt ended at its 0.3 s timeout.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), "took " + watch.Elapsed);
        Assert.Equal("o1", order.Id);
        Assert.Equal(2, transport.Received.Count);
        Assert.Single(transport.Received.Select(r => r.Request.Headers.GetValues("MS-RequestId").Single()).Distinct());
    }

    [Fact]
    public async Task Bodies_that_trickle_on_every_attempt_end_in_a_timeout()
    {
        var transport = new ScriptedTransport().ThenTrickle(OrderJson, TimeSpan.FromMilliseconds(100)).ThenTrickle(OrderJson, TimeSpan.FromMilliseconds(100));
        using var session = SessionFactory.Create(transport, waits, maxAttempts: 2, attemptTimeout: TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.TimedOut, error.Failure);
    }

    [Fact]
    public async Task Stopping_the_caller_ends_a_body_read_at_once()
    {
        var transport = new ScriptedTransport().ThenTrickle(OrderJson, TimeSpan.FromSeconds(1));
        using var session = SessionFactory.Create(transport, waits);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.Client.GetOrderAsync(Customer, "o1", stop.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "took " + watch.Elapsed);
        Assert.Single(transport.Received);
    }

    [Fact]
    public async Task A_body_dropped_half_way_is_retried_with_the_same_request_id()
    {
        var transport = new ScriptedTransport().ThenDropMidBody(OrderJson).Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, waits);

        var order = await session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None);

        Assert.Equal("o1", order.Id);
        Assert.Equal(2, transport.Received.Count);
        Assert.Single(transport.Received.Select(r => r.Request.Headers.GetValues("MS-RequestId").Single()).Distinct());
    }

    [Fact]
    public async Task An_answer_over_the_size_limit_is_cut_off_with_its_own_error_and_not_retried()
    {
        var large = "{\"id\":\"o1\",\"status\":\"completed\",\"lineItems\":[]" + new string(' ', 4096) + "}";
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, large);
        using var session = SessionFactory.Create(transport, waits, maxAnswerBytes: 1024);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.AnswerTooLarge, error.Failure);
        Assert.Single(transport.Received);
        Assert.Contains("MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_untrusted_certificate_is_not_tried_again()
    {
        var transport = new ScriptedTransport().ThenUntrustedCertificate().Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, waits);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.ConnectionFailed, error.Failure);
        Assert.Single(transport.Received);
        Assert.Empty(waits);
    }

    [Theory]
    [InlineData("", "an empty body")]
    [InlineData("<html><body>Sign in</body></html>", "<html><body>Sign in")]
    public async Task A_success_that_is_not_json_is_unreadable_and_quotes_what_came(string body, string quoted)
    {
        var transport = new ScriptedTransport().Then(HttpStatusCode.OK, body);
        using var session = SessionFactory.Create(transport, waits);

        var error = await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(Customer, "o1", CancellationToken.None));

        Assert.Equal(PartnerCenterFailure.UnreadableResponse, error.Failure);
        Assert.Contains(quoted, error.Message, StringComparison.Ordinal);
        Assert.Contains("GET /v1/customers/" + Customer + "/orders/o1", error.Message, StringComparison.Ordinal);
    }
}
