namespace PartnerSandbox.Infrastructure.Pipeline;

/// <summary>How many requests the cmdlets keep in flight at once (benchmarks/README.md has the measurements).</summary>
internal static class Concurrency
{
    /// <summary>
    /// The listing cmdlets' figure, and Stop-PCSandboxOrder's default -ThrottleLimit. Against a sandbox with 100 ms
    /// latency it is the largest limit whose cleanup stayed within 1.2x of its latency floor in every run (1.12-1.19x,
    /// 18x faster than a sequential script); above it the client's CPU, not the latency, sets the pace, and the
    /// ratio varies from run to run (24: 1.22-1.35x, 32: 1.24-1.49x the floor, over the 1.3x goal in one run of two).
    /// One listing of 75 customers (76 requests) stays far below the service's 500 requests a minute; longer runs
    /// are paced by the connection's throttle gate and concurrency limit after a 429.
    /// </summary>
    public const int Requests = 16;

    /// <summary>
    /// The largest -ThrottleLimit: the fastest cleanup measured (64 at once); 96 was slower on the same machine, and
    /// the service's 500 requests a minute per partner cannot sustain more than a few requests a second anyway.
    /// </summary>
    public const int MaxThrottleLimit = Engine.PartnerCenterSession.MaxRequestsInFlight;
}
