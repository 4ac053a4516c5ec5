using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Commands;

/// <summary>
/// Tab completion for -CustomerId from the connection's customers (its first page of 500), by id or by company name;
/// kept a minute per connection (<see cref="CompletionCache{T}"/>). Without a connection, nothing.
/// </summary>
public sealed class CustomerIdCompleter : IArgumentCompleter
{
    private const int PageSize = 500;
    private static readonly CompletionCache<Customer> Cache = new();

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = Completions.ConnectionOf(fakeBoundParameters);
        if (connection is null)
        {
            return Completions.None;
        }

        var customers = Cache.Get(connection, new[] { string.Empty }, (_, client, token) => FirstPageAsync(client, token));
        return Completions.Matching(wordToComplete, customers.Select(c => (
            c.Id,
            c.CompanyProfile?.CompanyName ?? c.Id,
            c.CompanyProfile?.CompanyName + " (" + c.CompanyProfile?.Domain + ")",
            new[] { c.Id, c.CompanyProfile?.CompanyName ?? string.Empty })));
    }

    private static async Task<IReadOnlyList<Customer>> FirstPageAsync(PartnerCenterClient client, CancellationToken token) =>
        (await client.GetCustomersAsync(null, PageSize, token).ConfigureAwait(false)).Items;
}
