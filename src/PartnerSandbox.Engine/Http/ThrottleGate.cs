using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// One connection's pause after the service throttles it. Partner Center keys its limits by partner tenant, or by
/// partner and customer tenant (the contract, section 7), and a 429 does not say which: so a 429 on a customer's
/// request holds that customer for the Retry-After, and the whole connection is held when the request had no customer
/// or when a second customer is throttled while the first is still held (the limit is then the partner's). Every
/// request of the connection waits here before each attempt, so no worker keeps hitting the service while another
/// waits out its Retry-After.
/// </summary>
internal sealed class ThrottleGate
{
    private readonly Func<TimeSpan> now;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly object sync = new();
    private readonly Dictionary<string, TimeSpan> customersHeldUntil = new(StringComparer.OrdinalIgnoreCase);
    private TimeSpan connectionHeldUntil = TimeSpan.MinValue;
    private long holds;

    public ThrottleGate(Func<TimeSpan> now, Func<TimeSpan, CancellationToken, Task> delay)
    {
        this.now = now;
        this.delay = delay;
    }

    /// <summary>Waits while the connection, or <paramref name="customerId"/>'s share of it, is held.</summary>
    public async Task WaitAsync(string? customerId, CancellationToken cancellationToken)
    {
        var (until, seen) = HeldUntil(customerId);
        while (until > now())
        {
            await delay(until - now(), cancellationToken).ConfigureAwait(false);

            // Waited once for what was known; only a hold that came meanwhile makes it wait again (and a delay that
            // returns early, as a test's does, never makes this spin).
            var (later, latest) = HeldUntil(customerId);
            if (latest == seen)
            {
                return;
            }

            (until, seen) = (later, latest);
        }
    }

    /// <summary>True while the connection, or <paramref name="customerId"/>'s share of it, is held.</summary>
    public bool IsHeld(string? customerId) => HeldUntil(customerId).Until > now();

    /// <summary>A request of <paramref name="customerId"/> (null: of none) was throttled for <paramref name="retryAfter"/>.</summary>
    public void Throttled(string? customerId, TimeSpan retryAfter)
    {
        lock (sync)
        {
            var at = now();
            var until = at + retryAfter;
            foreach (var expired in customersHeldUntil.Where(hold => hold.Value <= at).Select(hold => hold.Key).ToList())
            {
                customersHeldUntil.Remove(expired);
            }

            var partnerWide = customerId is null || customersHeldUntil.Keys.Any(held => !string.Equals(held, customerId, StringComparison.OrdinalIgnoreCase));
            if (customerId is not null)
            {
                customersHeldUntil[customerId] = customersHeldUntil.TryGetValue(customerId, out var held) && held > until ? held : until;
            }

            if (partnerWide && until > connectionHeldUntil)
            {
                connectionHeldUntil = until;
            }

            holds++;
        }
    }

    private (TimeSpan Until, long Holds) HeldUntil(string? customerId)
    {
        lock (sync)
        {
            var until = connectionHeldUntil;
            if (customerId is not null && customersHeldUntil.TryGetValue(customerId, out var customer) && customer > until)
            {
                until = customer;
            }

            return (until, holds);
        }
    }
}
