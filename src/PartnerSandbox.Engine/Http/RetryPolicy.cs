using System;
using System.Diagnostics;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// When to try a request again and how long to wait first. 429 waits at least the service's Retry-After; 408, 5xx and
/// lost connections back off exponentially with jitter. Pure and injectable, so tests need no real waiting.
/// </summary>
public sealed class RetryPolicy
{
    private static readonly Random SharedRandom = new();
    private static readonly Stopwatch Monotonic = Stopwatch.StartNew();

    /// <summary>
    /// Eight attempts ride out about a minute of a service's trouble (backoff 1, 2, 4, 8, 16, 30, 30 s at most) before
    /// an unattended cleanup reports an order as failed; every retry is safe, as it carries the call's MS-RequestId.
    /// </summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is not waited out: the call fails as throttled instead of hanging a runbook.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one attempt may take before it counts as timed out (and is tried again).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>A number in [0, 1) that spreads the backoff; replaceable so tests are deterministic.</summary>
    public Func<double> NextJitter { get; set; } = NextSharedRandom;

    /// <summary>How the handler waits; replaceable so tests record the waits instead of sleeping.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; set; } = Task.Delay;

    /// <summary>
    /// The monotonic clock that the connection's throttle gate and concurrency limit measure by; replaceable together
    /// with <see cref="Delay"/>, so that a test's waits move the time they are measured by.
    /// </summary>
    public Func<TimeSpan> Now { get; set; } = () => Monotonic.Elapsed;

    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status == HttpStatusCode.RequestTimeout
        || status == (HttpStatusCode)429
        || status == HttpStatusCode.InternalServerError
        || status == HttpStatusCode.BadGateway
        || status == HttpStatusCode.ServiceUnavailable
        || status == HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// The wait before attempt number <paramref name="attempt"/> + 1, or null when no further attempt is made.
    /// <paramref name="status"/> is null when the attempt got no answer (a lost connection or a timeout).
    /// </summary>
    public TimeSpan? NextDelay(int attempt, HttpStatusCode? status, TimeSpan? retryAfter)
    {
        if (attempt >= MaxAttempts || (status is HttpStatusCode answered && !IsRetryableStatus(answered)))
        {
            return null;
        }

        var backoff = Backoff(attempt);
        if (retryAfter is null)
        {
            return backoff;
        }

        if (retryAfter > MaxRetryAfter)
        {
            return null;
        }

        return retryAfter > backoff ? retryAfter : backoff;
    }

    /// <summary>Exponential backoff with "equal jitter": half fixed, half random, so retries of many clients spread out.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (capped / 2 * NextJitter()));
    }

    private static double NextSharedRandom()
    {
        lock (SharedRandom)
        {
            return SharedRandom.NextDouble();
        }
    }
}
