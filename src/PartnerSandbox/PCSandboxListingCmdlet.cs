using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Input;
using PartnerSandbox.Infrastructure.Pipeline;

namespace PartnerSandbox;

/// <summary>
/// The template of the cmdlets that list what customers have (orders, subscriptions): each customer's list asked for
/// within the cmdlet's slots, its items turned into output and written when selected, and one id sought among every
/// customer's lists said "not found" once, when no list had it. A cmdlet supplies how an answer becomes its output,
/// which of them its query selects, and what "not found" says. The engine's answer types appear only in its methods,
/// never in the class's type arguments: PowerShell reads every cmdlet type's base types when it imports the module,
/// before the engine's assembly can be resolved.
/// </summary>
/// <typeparam name="TItem">What the cmdlet writes.</typeparam>
public abstract class PCSandboxListingCmdlet<TQuery, TItem> : PCSandboxRecordCmdlet<TQuery>
    where TQuery : class
{
    private protected abstract bool IsSelected(TQuery query, TItem item);

    /// <summary>The error of an id that no customer's list had.</summary>
    private protected abstract void WriteNotFound(string soughtId);

    /// <summary>The first customer id that is not one, and why; null when all are (or none was given).</summary>
    private protected static (string Id, string Problem)? FirstBadCustomerId(IEnumerable<string>? customerIds)
    {
        foreach (var id in customerIds ?? Array.Empty<string>())
        {
            if (ResourceIds.WhyNotCustomerId(id) is string problem)
            {
                return (id, problem);
            }
        }

        return null;
    }

    /// <summary>
    /// The work of one query: for each customer it names, the one item <paramref name="soughtId"/> read by its id, or
    /// the customer's list; when it names no customer, every customer's list (the sought id looked for among them).
    /// </summary>
    /// <param name="list">One customer's list.</param>
    /// <param name="get">One item of a customer, by customer id and item id.</param>
    /// <param name="toItem">The output of one answer of a customer, given the time and the connection's reason for changing nothing.</param>
    private protected void ListOrGet<TAnswer>(
        TQuery query,
        WorkSlots slots,
        IReadOnlyList<string>? customerIds,
        string? soughtId,
        Func<string, CancellationToken, Task<IReadOnlyList<TAnswer>>> list,
        Func<string, string, CancellationToken, Task<TAnswer>> get,
        Func<string, TAnswer, DateTimeOffset, string?, TItem> toItem)
    {
        if (customerIds is null)
        {
            ListEveryCustomer(query, slots, soughtId, list, toItem);
            return;
        }

        foreach (var customerId in customerIds)
        {
            if (soughtId is string id)
            {
                GetOne(query, slots, customerId, token => get(customerId, id, token), toItem);
            }
            else
            {
                ListCustomer(query, slots, customerId, list, toItem);
            }
        }
    }

    /// <summary>
    /// What a query is, for its errors: its one customer (or that customer's sought item, which
    /// <paramref name="itemSubject"/> says from the item id and the customer id), else the customers it names, or all.
    /// </summary>
    private protected static string DescribeQuery(IReadOnlyList<string>? customerIds, string? soughtId, Func<string, string, string> itemSubject) =>
        customerIds is { Count: 1 } one
            ? (soughtId is null ? Subject.Customer(one[0]) : itemSubject(soughtId, one[0]))
            : string.Format(CultureInfo.InvariantCulture, Messages.CustomersSubject, customerIds is null ? "*" : string.Join(", ", customerIds));

    /// <summary>
    /// Lists every customer's items. With <paramref name="soughtId"/> the customers without it say nothing, and
    /// "not found" is one error once every list has come without it.
    /// </summary>
    private void ListEveryCustomer<TAnswer>(
        TQuery query, WorkSlots slots, string? soughtId, Func<string, CancellationToken, Task<IReadOnlyList<TAnswer>>> list, Func<string, TAnswer, DateTimeOffset, string?, TItem> toItem)
    {
        var found = soughtId is null ? null : new CustomerSearch(() => WriteNotFound(soughtId));
        foreach (var customer in EnumerateCustomers(null))
        {
            ListCustomer(query, slots, customer.Id, list, toItem, found);
        }

        found?.AllStarted();
    }

    /// <summary>Lists one customer's items; a failure is that customer's error.</summary>
    private void ListCustomer<TAnswer>(
        TQuery query,
        WorkSlots slots,
        string customerId,
        Func<string, CancellationToken, Task<IReadOnlyList<TAnswer>>> list,
        Func<string, TAnswer, DateTimeOffset, string?, TItem> toItem,
        CustomerSearch? found = null)
    {
        found?.Started();
        StartWork(
            query,
            slots,
            token => list(customerId, token),
            answers =>
            {
                var written = WriteSelected(query, customerId, answers, toItem);
                found?.Finished(written);
            },
            error =>
            {
                WriteEngineError(error, customerId, Subject.Customer(customerId));
                found?.Finished(0);
            });
    }

    /// <summary>Reads one item of a customer by its id; a failure is the query's error.</summary>
    private void GetOne<TAnswer>(
        TQuery query, WorkSlots slots, string customerId, Func<CancellationToken, Task<TAnswer>> get, Func<string, TAnswer, DateTimeOffset, string?, TItem> toItem) =>
        StartWork(query, slots, get, answer => WriteSelected(query, customerId, new[] { answer }, toItem));

    private int WriteSelected<TAnswer>(TQuery query, string customerId, IEnumerable<TAnswer> answers, Func<string, TAnswer, DateTimeOffset, string?, TItem> toItem)
    {
        var now = DateTimeOffset.UtcNow;
        var accountReason = ActiveConnection.WhyNoChanges;
        var written = 0;
        foreach (var item in answers.Select(answer => toItem(customerId, answer, now, accountReason)).Where(item => IsSelected(query, item)))
        {
            WriteObject(item);
            written++;
        }

        return written;
    }
}
