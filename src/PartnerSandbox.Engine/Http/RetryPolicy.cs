using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http
{
    /// <summary>
    /// When to try a request again and how long to wait first. 429 waits at least the service's Retry-After; 408, 5xx and
    /// lost connections back off exponentially with jitter. Pure and injectable, so tests need no real waiting.
    /// </summary>
    public sealed class RetryPolicy
    {
        private static readonly Random SharedRandom = new();

        public int MaxAttempts { get; set; } = 5;

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

        public static bool IsRetryableStatus(HttpStatusCode status) =>
            status == HttpStatusCode.RequestTimeout
            || status == (HttpStatusCode)429
            || status == HttpStatusCode.InternalServerError
            || status == HttpStatusCode.BadGateway
            || status == HttpStatusCode.ServiceUnavailable
            || status == HttpStatusCode.GatewayTimeout;

        /// <summary>The wait before attempt number <paramref name="attempt"/> + 1, or null when no further attempt is made.</summary>
        public TimeSpan? NextDelay(int attempt, HttpResponseMessage? response)
        {
            if (attempt >= MaxAttempts || (response is not null && !IsRetryableStatus(response.StatusCode)))
            {
                return null;
            }

            var backoff = Backoff(attempt);
            var retryAfter = response is null ? null : ReadRetryAfter(response);
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

        public static TimeSpan? ReadRetryAfter(HttpResponseMessage response)
        {
            if (response is null)
            {
                throw new ArgumentNullException(nameof(response));
            }

            var header = response.Headers.RetryAfter;
            if (header?.Delta is TimeSpan delta)
            {
                return delta;
            }

            if (header?.Date is DateTimeOffset date)
            {
                var wait = date - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }

        private static double NextSharedRandom()
        {
            lock (SharedRandom)
            {
                return SharedRandom.NextDouble();
            }
        }
    }
}
