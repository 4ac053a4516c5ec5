using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Runtime.CompilerServices;
using System.Threading;
using PartnerSandbox.Engine;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox.Commands
{
    /// <summary>
    /// Tab completion for -CustomerId from the current connection's customers, by id or by company name. The list is
    /// kept for a minute per connection so that pressing Tab repeatedly does not call the service each time.
    /// </summary>
    public sealed class CustomerIdCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
        private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(10);
        private static readonly ConditionalWeakTable<PCSandboxConnection, CachedCustomers> Cache = new();

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var connection = fakeBoundParameters?["Connection"] as PCSandboxConnection ?? ConnectionStore.Current;
            if (connection is null)
            {
                return Enumerable.Empty<CompletionResult>();
            }

            var customers = Cache.GetValue(connection, _ => new CachedCustomers()).Get(connection);
            var prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return customers
                .Where(c => c.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                    || (c.CompanyProfile?.CompanyName ?? string.Empty).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(c => new CompletionResult(c.Id, c.CompanyProfile?.CompanyName ?? c.Id, CompletionResultType.ParameterValue, c.CompanyProfile?.CompanyName + " (" + c.CompanyProfile?.Domain + ")"));
        }

        private sealed class CachedCustomers
        {
            private readonly object gate = new();
            private DateTime fetchedAt;
            private IReadOnlyList<Engine.Models.Customer> customers = Array.Empty<Engine.Models.Customer>();

            public IReadOnlyList<Engine.Models.Customer> Get(PCSandboxConnection connection)
            {
                lock (gate)
                {
                    if (DateTime.UtcNow - fetchedAt > CacheLifetime)
                    {
                        customers = Fetch(connection.Session.Client);
                        fetchedAt = DateTime.UtcNow;
                    }

                    return customers;
                }
            }

            private static IReadOnlyList<Engine.Models.Customer> Fetch(PartnerCenterClient client)
            {
                // Completion must never hang the prompt or throw at the user: one page, a short timeout, nothing on failure.
                using var timeout = new CancellationTokenSource(LookupTimeout);
                try
                {
                    return client.GetCustomersAsync(null, 500, timeout.Token).GetAwaiter().GetResult().Items;
                }
                catch (Exception ex) when (ex is PartnerCenterException || ex is OperationCanceledException)
                {
                    return Array.Empty<Engine.Models.Customer>();
                }
            }
        }
    }
}
