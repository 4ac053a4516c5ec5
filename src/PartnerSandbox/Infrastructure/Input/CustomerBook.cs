using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Infrastructure.Pipeline;

namespace PartnerSandbox.Infrastructure.Input;

/// <summary>
/// The orders (or subscriptions) of each customer named by id rows (Import-Csv), read once per customer for one run
/// and shared by all its rows, however far apart they arrive: a cleanup sends one listing per customer and one change
/// per item instead of a read before every change. An item missing from its customer's list (the service may take up
/// to 15 minutes to list a new order) is read by id.
/// </summary>
internal sealed class CustomerBook<T>
    where T : class
{
    private readonly WorkSlots slots;
    private readonly Func<string, CancellationToken, Task<IReadOnlyList<T>>> list;
    private readonly Func<string, string, CancellationToken, Task<T>> get;
    private readonly Func<T, string> idOf;
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<T>>>> listings = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="list">A customer's items.</param>
    /// <param name="get">One item of a customer, by its id.</param>
    public CustomerBook(WorkSlots slots, Func<string, CancellationToken, Task<IReadOnlyList<T>>> list, Func<string, string, CancellationToken, Task<T>> get, Func<T, string> idOf)
    {
        this.slots = slots;
        this.list = list;
        this.get = get;
        this.idOf = idOf;
    }

    public async Task<T> FindAsync(string customerId, string id, CancellationToken cancellationToken)
    {
        // The first row of a customer starts its listing; the token of that row's run is the run's own.
        var listing = listings.GetOrAdd(customerId, customer => new Lazy<Task<IReadOnlyList<T>>>(() => slots.RunAsync(token => list(customer, token), cancellationToken)));
        var items = await listing.Value.ConfigureAwait(false);
        return items.FirstOrDefault(item => string.Equals(idOf(item), id, StringComparison.OrdinalIgnoreCase))
            ?? await slots.RunAsync(token => get(customerId, id, token), cancellationToken).ConfigureAwait(false);
    }
}
