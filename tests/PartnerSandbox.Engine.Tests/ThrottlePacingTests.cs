using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Http;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>The request runner with the connection's throttle gate: one request's 429 pauses the others.</summary>
public class ThrottlePacingTests
{
    private const string CustomerA = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c01";
    private const string CustomerB = "0c1e1b8a-7a7e-4f4f-9d0e-2b0e8f8a1c02";
    private const string OrderJson = "{\"id\":\"o1\",\"status\":\"completed\",\"lineItems\":[]}";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(7);
    private readonly ManualClock clock = new();

    [Fact]
    public async Task A_request_of_a_throttled_customer_is_not_sent_until_the_Retry_After_has_passed()
    {
        var transport = Throttled().Then(HttpStatusCode.OK, OrderJson).Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, Policy());
        var first = session.Client.GetOrderAsync(CustomerA, "o1", CancellationToken.None);
        WaitForSleepers(1);

        var second = session.Client.GetOrderAsync(CustomerA, "o1", CancellationToken.None);
        WaitForSleepers(2);
        Assert.Single(transport.Received);

        clock.Advance(RetryAfter);
        await Task.WhenAll(first, second);
        Assert.Equal(3, transport.Received.Count);
        Assert.Equal(RetryAfter, clock.Waits[1]);
    }

    [Fact]
    public async Task A_request_of_another_customer_is_sent_at_once()
    {
        var transport = Throttled().Then(HttpStatusCode.OK, OrderJson).Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, Policy());
        var first = session.Client.GetOrderAsync(CustomerA, "o1", CancellationToken.None);
        WaitForSleepers(1);

        await session.Client.GetOrderAsync(CustomerB, "o1", CancellationToken.None);
        Assert.Equal(2, transport.Received.Count);

        clock.Advance(RetryAfter);
        await first;
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_policy_waits_fails_that_request_and_holds_no_other()
    {
        var transport = new ScriptedTransport()
            .Then((HttpStatusCode)429, "{\"statusCode\":429,\"message\":\"Try again in 3600 seconds.\"}", r => r.Headers.Add("Retry-After", "3600"))
            .Then(HttpStatusCode.OK, OrderJson);
        using var session = SessionFactory.Create(transport, Policy());

        await Assert.ThrowsAsync<PartnerCenterException>(() => session.Client.GetOrderAsync(CustomerA, "o1", CancellationToken.None));
        var next = session.Client.GetOrderAsync(CustomerA, "o1", CancellationToken.None);

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static ScriptedTransport Throttled() => new ScriptedTransport().Then(
        (HttpStatusCode)429,
        "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 7 seconds.\"}",
        r => r.Headers.Add("Retry-After", "7"));

    private RetryPolicy Policy() => new() { NextJitter = () => 0.5, Delay = clock.Delay, Now = clock.Now };

    private void WaitForSleepers(int count) =>
        Assert.True(SpinWait.SpinUntil(() => clock.Sleeping == count, TimeSpan.FromSeconds(10)), "expected " + count + " waits under way, found " + clock.Sleeping);
}
