using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Input;
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
public sealed class GetPCSandboxSubscriptionCommand : PCSandboxRecordCmdlet<SubscriptionQuery>
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
        foreach (var id in CustomerId ?? Array.Empty<string>())
        {
            if (ResourceIds.WhyNotCustomerId(id) is string problem)
            {
                return RejectInput(nameof(CustomerId), problem, id);
            }
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
        if (query.CustomerIds is null)
        {
            // A -SubscriptionId without a customer is found in the customers' lists; when none has it, one error once.
            var found = query.SubscriptionId is string subscriptionId ? new CustomerSearch(() => WriteNotFound(subscriptionId)) : null;
            foreach (var customer in EnumerateCustomers(null))
            {
                StartCustomer(reader, query, customer.Id, found);
            }

            found?.AllStarted();
            return;
        }

        foreach (var customerId in query.CustomerIds)
        {
            if (query.SubscriptionId is string subscriptionId)
            {
                StartWork(query, Slots, token => reader.GetAsync(customerId, subscriptionId, token), details => WriteSelected(query, customerId, new[] { details }));
            }
            else
            {
                StartCustomer(reader, query, customerId, found: null);
            }
        }
    }

    protected override string Describe(SubscriptionQuery query) => query.CustomerIds is { Count: 1 } one
        ? (query.SubscriptionId is null ? Subject.Customer(one[0]) : Subject.Subscription(query.SubscriptionId, one[0]))
        : string.Format(CultureInfo.InvariantCulture, Messages.CustomersSubject, query.CustomerIds is null ? "*" : string.Join(", ", query.CustomerIds));

    private void StartCustomer(SubscriptionReader reader, SubscriptionQuery query, string customerId, CustomerSearch? found)
    {
        found?.Started();
        StartWork(
            query,
            Slots,
            token => reader.ListAsync(customerId, query.OrderId, token),
            subscriptions =>
            {
                var written = WriteSelected(query, customerId, subscriptions);
                found?.Finished(written);
            },
            error =>
            {
                WriteEngineError(error, customerId, Subject.Customer(customerId));
                found?.Finished(0);
            });
    }

    private int WriteSelected(SubscriptionQuery query, string customerId, IEnumerable<SubscriptionDetails> subscriptions)
    {
        var now = DateTimeOffset.UtcNow;
        var connection = ActiveConnection;
        var written = 0;
        foreach (var subscription in subscriptions.Select(s => new PCSandboxSubscription(customerId, s, now, connection.WhyNoChanges)).Where(query.IsSelected))
        {
            WriteObject(subscription);
            written++;
        }

        return written;
    }

    private void WriteNotFound(string subscriptionId)
    {
        var message = string.Format(CultureInfo.InvariantCulture, Messages.SubscriptionNotFoundAnywhere, subscriptionId);
        WriteError(ErrorCatalog.Create(new ItemNotFoundException(message), ErrorKinds.SubscriptionNotFound, subscriptionId, message));
    }
}
