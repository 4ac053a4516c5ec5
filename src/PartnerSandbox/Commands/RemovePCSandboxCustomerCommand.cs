using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Changes;
using PartnerSandbox.Infrastructure.Input;
using PartnerSandbox.Infrastructure.Pipeline;
using PartnerSandbox.Records;

namespace PartnerSandbox.Commands;

/// <summary>
/// Deletes customers of an integration sandbox (DELETE /v1/customers/{id}). Partner Center refuses while reservation or
/// software orders are active and names them; with -CancelOrders those are cancelled first (an Azure plan by
/// suspending its subscription) and waited for, then the customer is deleted. The outcome, safety and error rules
/// are Stop-PCSandboxOrder's (<see cref="ChangeRun{TTarget, TItem}"/>).
/// </summary>
[Cmdlet(VerbsCommon.Remove, "PCSandboxCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = Sets.ByCustomer)]
[OutputType(typeof(void))]
public sealed class RemovePCSandboxCustomerCommand : PCSandboxChangeCmdlet<RemoveRequest, RemoveRequest, PCSandboxCustomer>
{
    /// <summary>The parameter set names.</summary>
    internal static class Sets
    {
        public const string ByCustomer = "ByCustomer";
        public const string ById = "ById";
    }

    /// <summary>A customer from Get-PCSandboxCustomer.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = Sets.ByCustomer)]
    [ValidateNotNull]
    public PCSandboxCustomer? InputObject { get; set; }

    /// <summary>The customer's tenant id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = Sets.ById)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(CustomerIdCompleter))]
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>Cancel the orders that block the removal first, wait until they show cancelled, then remove the customer.</summary>
    [Parameter]
    public SwitchParameter CancelOrders { get; set; }

    /// <summary>How long -CancelOrders waits for each blocking order to show cancelled, in seconds.</summary>
    [Parameter]
    [ValidateRange(1, 86400)]
    public int Timeout { get; set; } = 600;

    /// <summary>Do not ask for confirmation (-WhatIf and an explicit -Confirm still apply).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>How many customers are removed at once.</summary>
    [Parameter]
    [ValidateRange(1, 32)]
    public int ThrottleLimit { get; set; } = 1;

    private protected override bool SkipsConfirmation => Force;

    private protected override int ChangesAtOnce => ThrottleLimit;

    private protected override bool WritesChanged => false;

    private protected override string CannotAsk => string.Format(CultureInfo.InvariantCulture, Messages.ConfirmationNotPossible, Messages.RemoveCustomerCommand, Messages.RemovingEachCustomer);

    protected override RemoveRequest? CaptureRecord()
    {
        if (InputObject is PCSandboxCustomer customer)
        {
            return new RemoveRequest(customer);
        }

        return ResourceIds.WhyNotCustomerId(CustomerId) is string problem ? RejectInput(nameof(CustomerId), problem, CustomerId) : new RemoveRequest(CustomerId);
    }

    protected override string Describe(RemoveRequest request) => Subject.Customer(request.CustomerId);

    private protected override IChangeKind<RemoveRequest, PCSandboxCustomer> CreateChanges(PCSandboxConnection connection, WorkSlots slots) =>
        new CustomerRemovals(connection, CancelOrders, TimeSpan.FromSeconds(Timeout));

    private protected override IEnumerable<RemoveRequest> TargetsOf(RemoveRequest request) => new[] { request };

    /// <summary>Decides on one customer, on the pipeline thread: once per customer, then confirmation, then the request.</summary>
    private protected override void Consider(PCSandboxCustomer customer)
    {
        if (Run.SeenBefore(customer))
        {
            // Told and counted by the run: a customer named twice (orders of one customer piped in) is removed once.
            return;
        }

        var target = string.Format(CultureInfo.InvariantCulture, Messages.CustomerShouldProcessTarget, customer.CustomerId, customer.CompanyName ?? customer.Domain);
        var action = CancelOrders ? Messages.CustomerShouldProcessRemoveCancelling : Messages.CustomerShouldProcessRemove;
        if (Interactivity.Approve(this, Force, target, action, customer, CannotAsk))
        {
            WriteVerboseMessage(string.Format(CultureInfo.InvariantCulture, Messages.RemovingCustomer, customer.CustomerId));
            Run.Apply(customer);
        }
        else
        {
            Run.Declined(Interactivity.IsWhatIf(this));
        }
    }
}
