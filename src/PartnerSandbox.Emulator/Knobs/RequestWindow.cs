using System;
using System.Collections.Generic;

namespace PartnerSandbox.Emulator.Knobs;

/// <summary>The requests one rate limit has let through in its window; used under the limiter's lock.</summary>
internal sealed class RequestWindow(RateLimitWindow kind)
{
    private static readonly TimeSpan Length = TimeSpan.FromMinutes(1);

    /// <summary>Sliding: when each request of the last minute came, oldest first.</summary>
    private readonly Queue<DateTimeOffset> admitted = new();

    /// <summary>Fixed: the start of the current minute and its count.</summary>
    private DateTimeOffset fixedStart;
    private int fixedCount;

    /// <returns>Zero when one more request fits now, else how long until a slot frees.</returns>
    public TimeSpan WaitBeforeNext(DateTimeOffset now, int limit)
    {
        if (kind == RateLimitWindow.Sliding)
        {
            while (admitted.Count > 0 && admitted.Peek() + Length <= now)
            {
                admitted.Dequeue();
            }

            return admitted.Count < limit ? TimeSpan.Zero : admitted.Peek() + Length - now;
        }

        var start = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % Length.Ticks), TimeSpan.Zero);
        if (start != fixedStart)
        {
            fixedStart = start;
            fixedCount = 0;
        }

        return fixedCount < limit ? TimeSpan.Zero : start + Length - now;
    }

    /// <summary>Counts a request that <see cref="WaitBeforeNext"/> just let through.</summary>
    public void Admit(DateTimeOffset now)
    {
        if (kind == RateLimitWindow.Sliding)
        {
            admitted.Enqueue(now);
        }
        else
        {
            fixedCount++;
        }
    }
}
