using System;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Infrastructure.Pipeline;

/// <summary>
/// How many works of one cmdlet run at once (-ThrottleLimit, or the listing cmdlets' fixed figure). Works wait for a
/// slot on the thread pool, in the order they were started, so the pipeline thread never waits for one.
/// </summary>
internal sealed class WorkSlots : IDisposable
{
    private readonly SemaphoreSlim free;

    /// <param name="freedWhenWritten">
    /// True for works with large results (a customer's whole order list): the slot is freed only once the pipeline
    /// thread has written the result, so results waiting to be written count against the limit and memory does not
    /// grow with a pipeline that writes slower than the service answers. False frees it when the work ends.
    /// </param>
    public WorkSlots(int limit, bool freedWhenWritten = false)
    {
        Limit = limit;
        FreedWhenWritten = freedWhenWritten;
        free = new SemaphoreSlim(limit, limit);
    }

    public int Limit { get; }

    public bool FreedWhenWritten { get; }

    /// <summary>Waits for a free slot; the caller frees it with <see cref="Free"/>.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => free.WaitAsync(cancellationToken);

    public void Free() => free.Release();

    /// <summary>Runs <paramref name="work"/> once a slot is free, and frees the slot when it ends.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await free.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            free.Release();
        }
    }

    public void Dispose() => free.Dispose();
}
