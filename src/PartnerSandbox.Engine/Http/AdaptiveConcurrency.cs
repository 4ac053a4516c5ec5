using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Http;

/// <summary>
/// How many attempts one connection has at the service at once, after it has been throttled: unlimited (the cmdlets'
/// -ThrottleLimit bounds them) until a 429, then half of what was in flight, growing back by one for each round of
/// answers that came without a 429 (additive increase, multiplicative decrease, as TCP does). One throttling episode
/// halves once: the 429s of attempts sent before the last decrease were sent under the old limit and say nothing new.
/// Waiting attempts are let in first come, first served.
/// </summary>
internal sealed class AdaptiveConcurrency
{
    private readonly Func<TimeSpan> now;
    private readonly object sync = new();
    private readonly LinkedList<TaskCompletionSource<bool>> waiting = new();
    private int limit = Unlimited;
    private int inFlight;
    private int answeredAtLimit;
    private TimeSpan lastDecrease = TimeSpan.MinValue;

    public AdaptiveConcurrency(Func<TimeSpan> now)
    {
        this.now = now;
    }

    /// <summary>What <see cref="Limit"/> is until the first 429.</summary>
    public const int Unlimited = int.MaxValue;

    /// <summary>How many attempts may be in flight now; <see cref="Unlimited"/> until the first 429.</summary>
    public int Limit
    {
        get
        {
            lock (sync)
            {
                return limit;
            }
        }
    }

    /// <summary>Waits for room for one attempt; dispose the permit when the attempt (its answer read) has ended.</summary>
    public async Task<Permit> EnterAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> admitted;
        LinkedListNode<TaskCompletionSource<bool>> place;
        lock (sync)
        {
            if (waiting.Count == 0 && inFlight < limit)
            {
                inFlight++;
                return new Permit(this, now());
            }

            admitted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            place = waiting.AddLast(admitted);
        }

        using (cancellationToken.Register(() => GiveUp(place, cancellationToken)))
        {
            // The one who lets this attempt in counts it in flight (AdmitWaiting).
            await admitted.Task.ConfigureAwait(false);
        }

        return new Permit(this, now());
    }

    /// <summary>The service throttled an attempt that entered at <paramref name="sentAt"/>.</summary>
    public void Throttled(TimeSpan sentAt)
    {
        lock (sync)
        {
            if (sentAt <= lastDecrease)
            {
                return;
            }

            limit = Math.Max(1, inFlight / 2);
            answeredAtLimit = 0;
            lastDecrease = now();
        }
    }

    /// <summary>
    /// An attempt that entered at <paramref name="sentAt"/> got an answer that was not a 429: while the limit is what
    /// holds attempts back, it grows. Answers to attempts sent before the last decrease were sent under the old limit
    /// and say nothing of the new one.
    /// </summary>
    public void Answered(TimeSpan sentAt)
    {
        lock (sync)
        {
            if (limit != Unlimited && sentAt > lastDecrease && (waiting.Count > 0 || inFlight >= limit) && ++answeredAtLimit >= limit)
            {
                limit++;
                answeredAtLimit = 0;
            }

            AdmitWaiting();
        }
    }

    private void Exit()
    {
        lock (sync)
        {
            inFlight--;
            AdmitWaiting();
        }
    }

    private void AdmitWaiting()
    {
        while (waiting.First is { } next && inFlight < limit)
        {
            waiting.RemoveFirst();
            inFlight++;
            next.Value.TrySetResult(true);
        }
    }

    private void GiveUp(LinkedListNode<TaskCompletionSource<bool>> place, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            // Already let in (and counted): the permit is returned as usual and released by its owner.
            if (place.List is null)
            {
                return;
            }

            waiting.Remove(place);
        }

        place.Value.TrySetCanceled(cancellationToken);
    }

    /// <summary>Room for one attempt, from <see cref="SentAt"/> until disposed.</summary>
    public sealed class Permit : IDisposable
    {
        private AdaptiveConcurrency? owner;

        internal Permit(AdaptiveConcurrency owner, TimeSpan sentAt)
        {
            this.owner = owner;
            SentAt = sentAt;
        }

        public TimeSpan SentAt { get; }

        public void Dispose() => Interlocked.Exchange(ref owner, null)?.Exit();
    }
}
