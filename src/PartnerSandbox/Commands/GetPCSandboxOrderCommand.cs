using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Pipeline;
using PartnerSandbox.Records;

namespace PartnerSandbox.Commands;

/// <summary>
/// Lists orders: of the given customers (also bound by property name from the pipeline: customer objects, CSV rows,
/// orders), or of every customer of the partner. Requests for several customers run concurrently (bounded) and
/// orders are written as each customer's answer arrives.
/// </summary>
[Cmdlet(VerbsCommon.Get, "PCSandboxOrder")]
[OutputType(typeof(PCSandboxOrder))]
public sealed class GetPCSandboxOrderCommand : PCSandboxListingCmdlet<OrderQuery, PCSandboxOrder>
{
    private WorkSlots? slots;

    /// <summary>The customers' tenant ids; without them, every customer of the partner.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(CustomerIdCompleter))]
    public string[]? CustomerId { get; set; }

    /// <summary>One order's id; without -CustomerId, the order is looked for among every customer's orders.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrderIdCompleter))]
    public string? OrderId { get; set; }

    /// <summary>Only orders with this billing cycle (sent to the service as billingType).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BillingCycleCompleter))]
    public string? BillingCycle { get; set; }

    /// <summary>Only orders with one of these statuses (case and '_' do not matter).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(StatusCompleter))]
    public string[]? Status { get; set; }

    [Parameter]
    public DateTime? CreatedAfter { get; set; }

    [Parameter]
    public DateTime? CreatedBefore { get; set; }

    /// <summary>Only orders that Stop-PCSandboxOrder can cancel: not cancelled, within 60 days, of a kind cancelled by order.</summary>
    [Parameter]
    public SwitchParameter Cancellable { get; set; }

    /// <summary>Ask the service for each order's total price.</summary>
    [Parameter]
    public SwitchParameter IncludePrice { get; set; }

    // A customer's order list can be large: the lists written slower than they come wait in their slots.
    private WorkSlots Slots => slots ??= Own(new WorkSlots(Concurrency.Requests, freedWhenWritten: true));

    protected override void BeginProcessing()
    {
        if (CreatedAfter is DateTime after && CreatedBefore is DateTime before && ToOffset(after) > ToOffset(before))
        {
            var message = string.Format(CultureInfo.InvariantCulture, Messages.CreatedRangeEmpty, ToOffset(after), ToOffset(before));
            ThrowTerminatingError(ErrorCatalog.InvalidInput(nameof(CreatedAfter), message, CreatedAfter));
        }
    }

    protected override OrderQuery? CaptureRecord()
    {
        // Piped objects without a CustomerId never get here: PowerShell reports them (InputObjectNotBound).
        if (FirstBadCustomerId(CustomerId) is (string id, string problem))
        {
            return RejectInput(nameof(CustomerId), problem, id);
        }

        if (OrderId is not null && ResourceIds.WhyNotOrderId(OrderId) is string orderProblem)
        {
            return RejectInput(nameof(OrderId), orderProblem, OrderId);
        }

        return new OrderQuery(
            CustomerId?.ToArray(),
            OrderId,
            BillingCycle,
            Status?.ToArray(),
            CreatedAfter is DateTime after ? ToOffset(after) : null,
            CreatedBefore is DateTime before ? ToOffset(before) : null,
            Cancellable,
            IncludePrice);
    }

    protected override void Process(OrderQuery query)
    {
        var client = Client;
        // An -OrderId without a customer is looked for in every customer's orders.
        ListOrGet(
            query,
            Slots,
            query.CustomerIds,
            query.OrderId,
            (customerId, token) => client.GetOrdersAsync(customerId, query.BillingCycle, query.IncludePrice, token),
            client.GetOrderAsync,
            ToItem);
    }

    protected override string Describe(OrderQuery query) => DescribeQuery(query.CustomerIds, query.OrderId, Subject.Order);

    /// <summary>The output of one answer of a customer.</summary>
    private static PCSandboxOrder ToItem(string customerId, Order answer, DateTimeOffset now, string? accountReason) => new(customerId, answer, now, accountReason);

    private protected override bool IsSelected(OrderQuery query, PCSandboxOrder item) => query.IsSelected(item);

    private protected override void WriteNotFound(string orderId)
    {
        var message = string.Format(CultureInfo.InvariantCulture, Messages.OrderNotFoundAnywhere, orderId);
        WriteError(ErrorCatalog.Create(new ItemNotFoundException(message), ErrorKinds.OrderNotFound, orderId, message));
    }

    // Get-Date gives local time; a date typed as text may be UTC or unspecified (taken as local, as PowerShell does).
    private static DateTimeOffset ToOffset(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? new DateTimeOffset(value) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Local));
}
