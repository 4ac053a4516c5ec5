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
/// Cancels integration-sandbox orders. Orders come from the pipeline (Get-PCSandboxOrder) or as CustomerId/OrderId
/// pairs bound by property name (Import-Csv rows). Each order is its own unit of work: a failure is a non-terminating
/// error and the next order is still processed. Every confirmation is asked on the pipeline thread before that
/// order's request starts; up to -ThrottleLimit requests run at once, off the pipeline thread. An outcome is
/// reported only as the service shows it (<see cref="OrderCancellation"/>), and the run ends with a summary.
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "PCSandboxOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = Sets.ByOrder)]
[OutputType(typeof(PCSandboxOrder))]
public sealed class StopPCSandboxOrderCommand : PCSandboxChangeCmdlet<StopRequest, StopRequest, PCSandboxOrder>
{
    /// <summary>The parameter set names.</summary>
    internal static class Sets
    {
        public const string ById = "ById";
        public const string ByOrder = "ByOrder";
    }

    /// <summary>An order from Get-PCSandboxOrder.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = Sets.ByOrder)]
    [ValidateNotNull]
    public PCSandboxOrder? InputObject { get; set; }

    /// <summary>The customer's tenant id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = Sets.ById)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(CustomerIdCompleter))]
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>The order's id.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = Sets.ById)]
    [Alias("Id")]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(OrderIdCompleter))]
    public string OrderId { get; set; } = string.Empty;

    /// <summary>Write each order as the service last showed it: cancelled, or accepted and not cancelled yet.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Do not ask for confirmation (-WhatIf and an explicit -Confirm still apply).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>When the service takes a cancellation but does not show the order cancelled yet, read it again until it does.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>How long -Wait waits for each order, in seconds.</summary>
    [Parameter]
    [ValidateRange(1, 86400)]
    public int Timeout { get; set; } = 600;

    /// <summary>How many orders are read and cancelled at once (at most; fewer for a while after the service throttles).</summary>
    [Parameter]
    [ValidateRange(1, Concurrency.MaxThrottleLimit)]
    public int ThrottleLimit { get; set; } = Concurrency.Requests;

    private protected override bool SkipsConfirmation => Force;

    private protected override int ChangesAtOnce => ThrottleLimit;

    private protected override bool WritesChanged => PassThru;

    private protected override string CannotAsk => string.Format(CultureInfo.InvariantCulture, Messages.ConfirmationNotPossible, Messages.StopOrderCommand, Messages.CancellingEachOrder);

    protected override StopRequest? CaptureRecord()
    {
        if (InputObject is PCSandboxOrder order)
        {
            return new StopRequest(order);
        }

        if (ResourceIds.WhyNotCustomerId(CustomerId) is string customerProblem)
        {
            return RejectInput(nameof(CustomerId), customerProblem, CustomerId);
        }

        return ResourceIds.WhyNotOrderId(OrderId) is string orderProblem
            ? RejectInput(nameof(OrderId), orderProblem, OrderId)
            : new StopRequest(CustomerId, OrderId);
    }

    protected override string Describe(StopRequest request) => Subject.Order(request.OrderId, request.CustomerId);

    private protected override IChangeKind<StopRequest, PCSandboxOrder> CreateChanges(PCSandboxConnection connection, WorkSlots slots) =>
        new OrderChanges(connection, slots, Wait ? TimeSpan.FromSeconds(Timeout) : null, PassThru);

    private protected override IEnumerable<StopRequest> TargetsOf(StopRequest request) => new[] { request };

    private protected override void Consider(PCSandboxOrder order)
    {
        var now = DateTimeOffset.UtcNow;
        if (SandboxRules.IsPastCancellationWindow(order.CreationDate, now))
        {
            Run.NotSent(order, ErrorKinds.OrderTooOldToCancel, string.Format(
                CultureInfo.InvariantCulture,
                Messages.OrderTooOld,
                order.OrderId,
                order.CustomerId,
                order.CreationDate,
                (int)(now - order.CreationDate!.Value).TotalDays,
                SandboxRules.CancellationWindow.TotalDays));
        }
        else if (order.IsCancelled)
        {
            Run.AlreadyDone(order);
        }
        else if (Run.SeenBefore(order))
        {
            // Told and counted by the run: the same order twice in one input (a CSV with a repeated row) is cancelled once.
        }
        else if (order.CancelledBySubscription)
        {
            Run.NotSent(order, ErrorKinds.CancelSubscriptionInstead, string.Format(CultureInfo.InvariantCulture, Messages.RefusedBySubscriptionRule, order.OrderId, order.CustomerId, order.OrderReason));
        }
        else if (Approve(order))
        {
            WriteVerboseMessage(string.Format(CultureInfo.InvariantCulture, Messages.Cancelling, order.OrderId, order.CustomerId));
            Run.Apply(order);
        }
        else
        {
            Run.Declined(Interactivity.IsWhatIf(this));
        }
    }

    /// <summary>-Force skips the question unless -WhatIf (or $WhatIfPreference) or an explicit -Confirm asks for it.</summary>
    private bool Approve(PCSandboxOrder order)
    {
        var target = string.Format(
            CultureInfo.InvariantCulture,
            Messages.ShouldProcessTarget,
            order.OrderId,
            order.CustomerId,
            order.CreationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Messages.UnknownDate,
            order.Status);
        return Interactivity.Approve(this, Force, target, Messages.ShouldProcessAction, order, CannotAsk);
    }
}
