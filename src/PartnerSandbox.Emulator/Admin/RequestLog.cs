using System.Collections.Generic;
using System.Threading;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>One request as tests see it: never bodies, tokens or other headers.</summary>
/// <param name="Status">The HTTP status answered, or 0 when the connection was dropped.</param>
/// <param name="DelayMs">How long the emulator held the request on purpose (latency knob, delay fault).</param>
internal sealed record RequestLogEntry(string Method, string Path, string Query, int Status, string? RequestId, string? CorrelationId, bool Faulted, int DelayMs);

/// <summary>The requests the emulator has answered, oldest first, bounded so a long session cannot exhaust memory.</summary>
internal sealed class RequestLog
{
    private const int Capacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();

    public void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(entry);
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }
}
