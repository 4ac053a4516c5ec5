using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Http;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>The connection's pause after a 429, on a clock that moves only when the test says so.</summary>
public class ThrottleGateTests
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
    private readonly ManualClock clock = new();
    private readonly ThrottleGate gate;

    public ThrottleGateTests()
    {
        gate = new ThrottleGate(clock.Now, clock.Delay);
    }

    [Fact]
    public void An_open_gate_lets_requests_through_at_once()
    {
        Assert.True(gate.WaitAsync("a", CancellationToken.None).IsCompleted);
        Assert.True(gate.WaitAsync(null, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_429_without_a_customer_holds_every_request_of_the_connection_for_the_Retry_After()
    {
        gate.Throttled(null, RetryAfter);
        var customer = gate.WaitAsync("a", CancellationToken.None);
        var other = gate.WaitAsync(null, CancellationToken.None);

        clock.Advance(RetryAfter - TimeSpan.FromMilliseconds(1));
        Assert.False(customer.IsCompleted);
        Assert.False(other.IsCompleted);
        Assert.True(gate.IsHeld("b"));

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await customer.WaitAsync(TimeSpan.FromSeconds(5));
        await other.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(gate.IsHeld("b"));
    }

    [Fact]
    public async Task A_429_of_one_customer_holds_that_customer_and_no_other()
    {
        gate.Throttled("a", RetryAfter);

        Assert.True(gate.WaitAsync("b", CancellationToken.None).IsCompleted);
        Assert.True(gate.WaitAsync(null, CancellationToken.None).IsCompleted);
        var held = gate.WaitAsync("A", CancellationToken.None);
        Assert.False(held.IsCompleted);

        clock.Advance(RetryAfter);
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_second_customer_throttled_while_the_first_is_held_holds_the_whole_connection()
    {
        gate.Throttled("a", RetryAfter);
        clock.Advance(TimeSpan.FromSeconds(1));
        gate.Throttled("b", RetryAfter);

        Assert.True(gate.IsHeld("c"));
        Assert.True(gate.IsHeld(null));
        clock.Advance(RetryAfter);
        Assert.False(gate.IsHeld("c"));
    }

    [Fact]
    public void A_customer_throttled_after_another_customers_hold_ended_holds_only_itself()
    {
        gate.Throttled("a", RetryAfter);
        clock.Advance(RetryAfter);
        gate.Throttled("b", RetryAfter);

        Assert.False(gate.IsHeld("c"));
        Assert.True(gate.IsHeld("b"));
    }

    [Fact]
    public async Task A_hold_that_comes_during_the_wait_is_waited_out_too()
    {
        gate.Throttled(null, TimeSpan.FromSeconds(2));
        var waiting = gate.WaitAsync("a", CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        gate.Throttled(null, TimeSpan.FromSeconds(3));

        clock.Advance(TimeSpan.FromSeconds(1));
        SpinWait.SpinUntil(() => clock.Sleeping == 1, TimeSpan.FromSeconds(5));
        Assert.False(waiting.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(2));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_wait_ends_at_once_when_the_caller_is_cancelled()
    {
        gate.Throttled(null, RetryAfter);
        using var stop = new CancellationTokenSource();
        var waiting = gate.WaitAsync("a", stop.Token);

        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
