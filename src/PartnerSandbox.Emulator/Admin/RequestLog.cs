using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>One request as tests see it: never bodies, tokens or other headers.</summary>
/// <param name="Status">The HTTP status answered, or 0 when the connection was dropped.</param>
/// <param name="DelayMs">How long the emulator held the request on purpose (latency knob, delay fault).</param>
/// <param name="ReceivedMs">When the request arrived, in milliseconds since the emulator started (a monotonic clock).</param>
/// <param name="AnsweredMs">When its answer was done (or the connection dropped), on the same clock.</param>
/// <param name="InFlight">How many logged requests were under way when it arrived, itself included: what a client had in flight.</param>
internal sealed record RequestLogEntry(
    string Method, string Path, string Query, int Status, string? RequestId, string? CorrelationId, bool Faulted, int DelayMs, long ReceivedMs, long AnsweredMs, int InFlight);

/// <summary>The requests the emulator has answered, oldest first, bounded so a long session cannot exhaust memory.</summary>
internal sealed class RequestLog
{
    private const int Capacity = 10_000;

    private readonly Lock gate = new();
    private readonly Queue<RequestLogEntry> entries = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int underWay;

    /// <summary>Milliseconds since the log began, the clock of every entry's times.</summary>
    public long Now => clock.ElapsedMilliseconds;

    /// <summary>A logged request arrived; returns how many are under way with it.</summary>
    public int Arrived() => Interlocked.Increment(ref underWay);

    /// <summary>A logged request's answer is done.</summary>
    public void Left() => Interlocked.Decrement(ref underWay);

    public void Add(RequestLogEntry entry)
    {
        lock (gate)
        {
            if (entries.Count == Capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(entry);
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (gate)
        {
            return [.. entries];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }
}
