using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Commands;

/// <summary>
/// Tab completion for -OrderId from the orders of the customers already typed for -CustomerId, newest first; kept a
/// minute per connection and customer (<see cref="CompletionCache{T}"/>). Without a connection or a customer id,
/// nothing: listing every customer's orders is too slow for a prompt.
/// </summary>
public sealed class OrderIdCompleter : IArgumentCompleter
{
    private static readonly CompletionCache<Order> Cache = new();

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var connection = Completions.ConnectionOf(fakeBoundParameters);
        var customerIds = Completions.CustomerIdsOf(fakeBoundParameters);
        if (connection is null || customerIds.Count == 0)
        {
            return Completions.None;
        }

        var orders = Cache.Get(connection, customerIds, (customerId, client, token) => client.GetOrdersAsync(customerId, null, false, token));
        return Completions.Matching(wordToComplete, orders
            .OrderByDescending(o => o.CreationDate ?? DateTimeOffset.MinValue)
            .Select(o => (o.Id, ToolTip(o))));
    }

    private static string ToolTip(Order order) => string.Format(
        CultureInfo.InvariantCulture,
        Messages.OrderCompletionToolTip,
        order.Status,
        order.CreationDate,
        order.LineItems.FirstOrDefault() is { } first ? first.FriendlyName ?? first.OfferId : null);
}
