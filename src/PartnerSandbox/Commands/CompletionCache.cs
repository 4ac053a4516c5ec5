using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Commands;

/// <summary>
/// The service's answers that the completers show, kept a minute per connection and key (a customer's orders, the
/// customer list) so that pressing Tab again does not call the service. Tab must never hang the prompt: it waits at
/// most <see cref="PromptWait"/> for the answers; a slower lookup goes on with its own timeout and its answer is there
/// for the next Tab. The lock only guards the table: no lookup ever runs, or is waited for, while it is held.
/// </summary>
internal sealed class CompletionCache<T>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PromptWait = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(30);
    private readonly ConditionalWeakTable<PCSandboxConnection, Dictionary<string, Lookup>> byConnection = new();

    /// <summary>
    /// The answers for <paramref name="keys"/>, in their order; a key whose lookup failed, or has not answered within
    /// the prompt's wait, gives nothing this time.
    /// </summary>
    public IReadOnlyList<T> Get(
        PCSandboxConnection connection, IEnumerable<string> keys, Func<string, PartnerCenterClient, CancellationToken, Task<IReadOnlyList<T>>> lookup)
    {
        if (connection.IsDisconnected)
        {
            return Array.Empty<T>();
        }

        var client = connection.Session.Client;
        var table = byConnection.GetValue(connection, _ => new Dictionary<string, Lookup>(StringComparer.OrdinalIgnoreCase));
        var lookups = new List<Lookup>();
        foreach (var key in keys)
        {
            lock (table)
            {
                if (!table.TryGetValue(key, out var current) || current.IsStale)
                {
                    // Task.Run only queues the lookup: it runs on the thread pool, after the lock is released.
                    current = new Lookup(Task.Run(() => Start(key, client, lookup)));
                    table[key] = current;
                }

                lookups.Add(current);
            }
        }

        var deadline = DateTime.UtcNow + PromptWait;
        return lookups.SelectMany(l => l.AnswerBy(deadline)).ToList();
    }

    private static async Task<IReadOnlyList<T>> Start(string key, PartnerCenterClient client, Func<string, PartnerCenterClient, CancellationToken, Task<IReadOnlyList<T>>> lookup)
    {
        using var timeout = new CancellationTokenSource(LookupTimeout);
        return await lookup(key, client, timeout.Token).ConfigureAwait(false);
    }

    private sealed class Lookup
    {
        private readonly DateTime startedAt = DateTime.UtcNow;
        private readonly Task<IReadOnlyList<T>> answer;

        public Lookup(Task<IReadOnlyList<T>> answer)
        {
            this.answer = answer;
            // A failed lookup is asked again at the next Tab; its exception is observed here so that it is never rethrown.
            answer.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        public bool IsStale => answer.IsFaulted || answer.IsCanceled || (answer.IsCompleted && DateTime.UtcNow - startedAt > Lifetime);

        public IReadOnlyList<T> AnswerBy(DateTime deadline)
        {
            var left = deadline - DateTime.UtcNow;
            var done = answer.IsCompleted || (left > TimeSpan.Zero && ((IAsyncResult)answer).AsyncWaitHandle.WaitOne(left));
            return done && answer.Status == TaskStatus.RanToCompletion ? answer.Result : Array.Empty<T>();
        }
    }
}
