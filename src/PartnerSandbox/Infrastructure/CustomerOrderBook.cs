using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// The orders of each customer named by CustomerId/OrderId rows (Import-Csv), read once per customer for one run and
    /// shared by all its rows, however far apart they arrive: a cleanup sends one listing per customer and one change
    /// per order instead of a read before every change. An order missing from its customer's list (the service may take
    /// up to 15 minutes to list a new order) is read by id.
    /// </summary>
    internal sealed class CustomerOrderBook
    {
        private readonly PartnerCenterClient client;
        private readonly WorkSlots slots;
        private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<Order>>>> listings = new(StringComparer.OrdinalIgnoreCase);

        public CustomerOrderBook(PartnerCenterClient client, WorkSlots slots)
        {
            this.client = client;
            this.slots = slots;
        }

        public async Task<Order> FindAsync(string customerId, string orderId, CancellationToken cancellationToken)
        {
            // The first row of a customer starts its listing; the token of that row's run is the run's own.
            var listing = listings.GetOrAdd(
                customerId,
                id => new Lazy<Task<IReadOnlyList<Order>>>(() => slots.RunAsync(token => client.GetOrdersAsync(id, null, false, token), cancellationToken)));
            var orders = await listing.Value.ConfigureAwait(false);
            return orders.FirstOrDefault(order => string.Equals(order.Id, orderId, StringComparison.OrdinalIgnoreCase))
                ?? await slots.RunAsync(token => client.GetOrderAsync(customerId, orderId, token), cancellationToken).ConfigureAwait(false);
        }
    }
}
