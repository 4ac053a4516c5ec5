using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Engine.Tests;

/// <summary>
/// A clock for the retry policy, the throttle gate and the concurrency limit: time moves only when the test says so
/// (<see cref="Advance"/>), or, with <c>autoAdvance</c>, by exactly each wait as it is asked for. Every wait is recorded.
/// </summary>
internal sealed class ManualClock
{
    private readonly object sync = new();
    private readonly bool autoAdvance;
    private readonly List<(TimeSpan Due, TaskCompletionSource<bool> Done)> sleepers = new();
    private TimeSpan now = TimeSpan.FromHours(1);

    public ManualClock(bool autoAdvance = false)
    {
        this.autoAdvance = autoAdvance;
    }

    public List<TimeSpan> Waits { get; } = new();

    /// <summary>How many waits have not yet come to their end.</summary>
    public int Sleeping
    {
        get
        {
            lock (sync)
            {
                return sleepers.Count;
            }
        }
    }

    public TimeSpan Now()
    {
        lock (sync)
        {
            return now;
        }
    }

    public Task Delay(TimeSpan wait, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            Waits.Add(wait);
            if (autoAdvance)
            {
                now += wait;
            }

            if (wait <= TimeSpan.Zero || autoAdvance)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            sleepers.Add((now + wait, done));
            cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
            return done.Task;
        }
    }

    public void Advance(TimeSpan by)
    {
        List<TaskCompletionSource<bool>> due;
        lock (sync)
        {
            now += by;
            due = sleepers.Where(s => s.Due <= now).Select(s => s.Done).ToList();
            sleepers.RemoveAll(s => s.Due <= now);
        }

        due.ForEach(done => done.TrySetResult(true));
    }
}
