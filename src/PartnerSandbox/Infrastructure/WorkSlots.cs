using System;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// How many works of one cmdlet run at once (-ThrottleLimit, or the listing cmdlets' fixed figure). Works wait for a
    /// slot on the thread pool, in the order they were started, so the pipeline thread never waits for one.
    /// </summary>
    internal sealed class WorkSlots : IDisposable
    {
        private readonly SemaphoreSlim free;

        public WorkSlots(int limit)
        {
            Limit = limit;
            free = new SemaphoreSlim(limit, limit);
        }

        public int Limit { get; }

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
}
