using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Pipeline;
using PartnerSandbox.Records;

namespace PartnerSandbox.Commands;

/// <summary>
/// Lists subscriptions: of the given customers (also bound by property name from the pipeline: customers, CSV rows,
/// orders with their OrderId, subscriptions), or of every customer of the partner. Requests for several customers run
/// concurrently (bounded) and subscriptions are written as each customer's answer arrives. Azure plans come with the
/// Azure subscriptions under them, which decide whether a plan can be suspended.
/// </summary>
[Cmdlet(VerbsCommon.Get, "PCSandboxSubscription")]
[OutputType(typeof(PCSandboxSubscription))]
public sealed class GetPCSandboxSubscriptionCommand : PCSandboxListingCmdlet<SubscriptionQuery, PCSandboxSubscription>
{
    private WorkSlots? slots;

    /// <summary>The customers' tenant ids; without them, every customer of the partner.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(CustomerIdCompleter))]
    public string[]? CustomerId { get; set; }

    /// <summary>One subscription's id; without -CustomerId, it is looked for among every customer's subscriptions.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? SubscriptionId { get; set; }

    /// <summary>Only the subscriptions this order began (an order from Get-PCSandboxOrder binds it by property name).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? OrderId { get; set; }

    /// <summary>Only subscriptions that Stop-PCSandboxSubscription can cancel, as far as they show.</summary>
    [Parameter]
    public SwitchParameter Cancellable { get; set; }

    private WorkSlots Slots => slots ??= Own(new WorkSlots(Concurrency.Requests));

    protected override SubscriptionQuery? CaptureRecord()
    {
        // Piped objects without a CustomerId never get here: PowerShell reports them (InputObjectNotBound).
        if (FirstBadCustomerId(CustomerId) is (string id, string problem))
        {
            return RejectInput(nameof(CustomerId), problem, id);
        }

        if (SubscriptionId is not null && ResourceIds.WhyNotSubscriptionId(SubscriptionId) is string subscriptionProblem)
        {
            return RejectInput(nameof(SubscriptionId), subscriptionProblem, SubscriptionId);
        }

        return OrderId is not null && ResourceIds.WhyNotOrderId(OrderId) is string orderProblem
            ? RejectInput(nameof(OrderId), orderProblem, OrderId)
            : new SubscriptionQuery(CustomerId?.ToArray(), SubscriptionId, OrderId, Cancellable);
    }

    protected override void Process(SubscriptionQuery query)
    {
        var reader = new SubscriptionReader(Client);
        // A -SubscriptionId without a customer is looked for in every customer's subscriptions.
        ListOrGet(query, Slots, query.CustomerIds, query.SubscriptionId, (customerId, token) => reader.ListAsync(customerId, query.OrderId, token), reader.GetAsync, ToItem);
    }

    protected override string Describe(SubscriptionQuery query) => DescribeQuery(query.CustomerIds, query.SubscriptionId, Subject.Subscription);

    /// <summary>The output of one answer of a customer.</summary>
    private static PCSandboxSubscription ToItem(string customerId, SubscriptionDetails answer, DateTimeOffset now, string? accountReason) => new(customerId, answer, now, accountReason);

    private protected override bool IsSelected(SubscriptionQuery query, PCSandboxSubscription item) => query.IsSelected(item);

    private protected override void WriteNotFound(string subscriptionId)
    {
        var message = string.Format(CultureInfo.InvariantCulture, Messages.SubscriptionNotFoundAnywhere, subscriptionId);
        WriteError(ErrorCatalog.Create(new ItemNotFoundException(message), ErrorKinds.SubscriptionNotFound, subscriptionId, message));
    }
}
