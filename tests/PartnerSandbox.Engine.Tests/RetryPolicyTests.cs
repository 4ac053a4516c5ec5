using System;
using System.Net;
using PartnerSandbox.Engine.Http;
using Xunit;

namespace PartnerSandbox.Engine.Tests;

public class RetryPolicyTests
{
    private readonly RetryPolicy policy = new() { NextJitter = () => 1.0 };

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    public void Client_errors_are_final(HttpStatusCode status)
    {
        Assert.Null(policy.NextDelay(1, status, null));
    }

    [Fact]
    public void The_last_attempt_is_final()
    {
        Assert.NotNull(policy.NextDelay(policy.MaxAttempts - 1, HttpStatusCode.ServiceUnavailable, null));
        Assert.Null(policy.NextDelay(policy.MaxAttempts, HttpStatusCode.ServiceUnavailable, null));
        Assert.Null(policy.NextDelay(policy.MaxAttempts, null, null));
    }

    [Fact]
    public void Retry_After_wins_over_a_shorter_backoff_and_backoff_wins_over_a_shorter_Retry_After()
    {
        Assert.Equal(TimeSpan.FromSeconds(20), policy.NextDelay(1, (HttpStatusCode)429, TimeSpan.FromSeconds(20)));
        Assert.Equal(policy.Backoff(3), policy.NextDelay(3, (HttpStatusCode)429, TimeSpan.Zero));
    }

    [Fact]
    public void Backoff_doubles_and_is_capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), policy.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(2), policy.Backoff(2));
        Assert.Equal(TimeSpan.FromSeconds(4), policy.Backoff(3));
        Assert.Equal(policy.MaxBackoff, policy.Backoff(20));
    }

    [Fact]
    public void Jitter_spreads_the_backoff_between_half_and_all_of_it()
    {
        var low = new RetryPolicy { NextJitter = () => 0.0 };

        Assert.Equal(TimeSpan.FromSeconds(2), low.Backoff(3));
    }
}
