using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Http;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

/// <summary>The connection's attempts in flight: unlimited until a 429, halved by one, grown back by answers.</summary>
public class AdaptiveConcurrencyTests
{
    private readonly ManualClock clock = new();
    private readonly AdaptiveConcurrency concurrency;

    public AdaptiveConcurrencyTests()
    {
        concurrency = new AdaptiveConcurrency(clock.Now);
    }

    [Fact]
    public void Until_a_429_no_attempt_waits()
    {
        var permits = Enter(50);

        Assert.All(permits, permit => Assert.True(permit.IsCompletedSuccessfully));
        Assert.Equal(AdaptiveConcurrency.Unlimited, concurrency.Limit);
    }

    [Fact]
    public async Task A_429_halves_what_was_in_flight_and_later_attempts_wait_for_room()
    {
        var permits = Held(Enter(8));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(permits[0].SentAt);
        Assert.Equal(4, concurrency.Limit);

        var next = concurrency.EnterAsync(CancellationToken.None);
        permits.Take(4).ToList().ForEach(permit => permit.Dispose());
        Assert.False(next.IsCompleted, "4 still in flight, at the limit of 4");

        permits[4].Dispose();
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_429s_of_attempts_sent_before_the_decrease_halve_only_once()
    {
        var permits = Held(Enter(16));
        clock.Advance(TimeSpan.FromMilliseconds(100));

        foreach (var permit in permits)
        {
            concurrency.Throttled(permit.SentAt);
        }

        Assert.Equal(8, concurrency.Limit);
    }

    [Fact]
    public void A_429_of_an_attempt_sent_after_the_decrease_halves_again()
    {
        var first = Held(Enter(16));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(first[0].SentAt);
        first.ForEach(permit => permit.Dispose());
        clock.Advance(TimeSpan.FromMilliseconds(100));

        var second = Held(Enter(8));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(second[0].SentAt);

        Assert.Equal(4, concurrency.Limit);
    }

    [Fact]
    public void The_limit_never_falls_below_one()
    {
        var only = Held(Enter(1));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(only[0].SentAt);

        Assert.Equal(1, concurrency.Limit);
    }

    [Fact]
    public void Answers_while_the_limit_holds_attempts_back_raise_it_by_one_per_round()
    {
        var permits = Held(Enter(8));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(permits[0].SentAt);
        var waiting = concurrency.EnterAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMilliseconds(100));

        // A round at a limit of 4 is 4 answers: after 3 it is still 4, after 4 it is 5.
        Enumerable.Range(0, 3).ToList().ForEach(_ => concurrency.Answered(clock.Now()));
        Assert.Equal(4, concurrency.Limit);
        concurrency.Answered(clock.Now());
        Assert.Equal(5, concurrency.Limit);

        // Back where it was (8) after the rounds of 5, 6 and 7 answers.
        Enumerable.Range(0, 5 + 6 + 7).ToList().ForEach(_ => concurrency.Answered(clock.Now()));
        Assert.Equal(8, concurrency.Limit);
        Assert.False(waiting.IsCompleted, "8 are still in flight");
    }

    [Fact]
    public void Answers_while_there_is_room_to_spare_do_not_raise_the_limit()
    {
        var permits = Held(Enter(8));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(permits[0].SentAt);
        permits.Skip(1).ToList().ForEach(permit => permit.Dispose());
        clock.Advance(TimeSpan.FromMilliseconds(100));

        Enumerable.Range(0, 20).ToList().ForEach(_ => concurrency.Answered(clock.Now()));

        Assert.Equal(4, concurrency.Limit);
    }

    [Fact]
    public void Answers_to_attempts_sent_before_the_decrease_do_not_raise_the_limit()
    {
        var permits = Held(Enter(8));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(permits[0].SentAt);
        var waiting = concurrency.EnterAsync(CancellationToken.None);

        permits.ForEach(permit => concurrency.Answered(permit.SentAt));

        Assert.Equal(4, concurrency.Limit);
        Assert.False(waiting.IsCompleted);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_its_place_to_the_next()
    {
        var permits = Held(Enter(2));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        concurrency.Throttled(permits[0].SentAt);
        using var stop = new CancellationTokenSource();
        var cancelled = concurrency.EnterAsync(stop.Token);
        var next = concurrency.EnterAsync(CancellationToken.None);

        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        permits.ForEach(permit => permit.Dispose());

        // Room for one: had the cancelled wait kept its place, it would have taken it.
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private List<Task<AdaptiveConcurrency.Permit>> Enter(int count) =>
        Enumerable.Range(0, count).Select(_ => concurrency.EnterAsync(CancellationToken.None)).ToList();

    private static List<AdaptiveConcurrency.Permit> Held(List<Task<AdaptiveConcurrency.Permit>> entering) =>
        entering.Select(permit => permit.Result).ToList();
}
