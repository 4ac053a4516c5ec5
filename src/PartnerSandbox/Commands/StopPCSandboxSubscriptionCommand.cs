using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Changes;
using PartnerSandbox.Infrastructure.Input;
using PartnerSandbox.Infrastructure.Pipeline;
using PartnerSandbox.Records;

namespace PartnerSandbox.Commands;

/// <summary>
/// Cancels integration-sandbox subscriptions by updating them: deleted, or suspended for an Azure plan, as each
/// product's rules say. Subscriptions come from Get-PCSandboxSubscription, from orders (Get-PCSandboxOrder: each line
/// item's subscription, as for the orders cancelled through their subscription), or as CustomerId/SubscriptionId
/// pairs. The outcome, safety and error rules are Stop-PCSandboxOrder's (<see cref="ChangeRun{TTarget, TItem}"/>).
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "PCSandboxSubscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = Sets.BySubscription)]
[OutputType(typeof(PCSandboxSubscription))]
public sealed class StopPCSandboxSubscriptionCommand : PCSandboxChangeCmdlet<SubscriptionStopRequest, SubscriptionTarget, PCSandboxSubscription>
{
    /// <summary>The parameter set names.</summary>
    internal static class Sets
    {
        public const string BySubscription = "BySubscription";
        public const string ByOrder = "ByOrder";
        public const string ById = "ById";
    }

    /// <summary>A subscription from Get-PCSandboxSubscription.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = Sets.BySubscription)]
    [ValidateNotNull]
    public PCSandboxSubscription? InputObject { get; set; }

    /// <summary>An order from Get-PCSandboxOrder: its line items' subscriptions are cancelled.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = Sets.ByOrder)]
    [ValidateNotNull]
    public PCSandboxOrder? Order { get; set; }

    /// <summary>The customer's tenant id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = Sets.ById)]
    [AllowEmptyString]
    [ArgumentCompleter(typeof(CustomerIdCompleter))]
    public string CustomerId { get; set; } = string.Empty;

    /// <summary>The subscription's id.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true, ParameterSetName = Sets.ById)]
    [AllowEmptyString]
    public string SubscriptionId { get; set; } = string.Empty;

    /// <summary>Write each subscription as the service last showed it.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Do not ask for confirmation (-WhatIf and an explicit -Confirm still apply).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>When the service takes a cancellation but does not show it done yet, read the subscription again until it does.</summary>
    [Parameter]
    public SwitchParameter Wait { get; set; }

    /// <summary>How long -Wait waits for each subscription, in seconds.</summary>
    [Parameter]
    [ValidateRange(1, 86400)]
    public int Timeout { get; set; } = 600;

    /// <summary>How many subscriptions are read and cancelled at once.</summary>
    [Parameter]
    [ValidateRange(1, 32)]
    public int ThrottleLimit { get; set; } = 1;

    private protected override bool SkipsConfirmation => Force;

    private protected override int ChangesAtOnce => ThrottleLimit;

    private protected override bool WritesChanged => PassThru;

    private protected override string CannotAsk => string.Format(CultureInfo.InvariantCulture, Messages.ConfirmationNotPossible, Messages.StopSubscriptionCommand, Messages.CancellingEachSubscription);

    protected override SubscriptionStopRequest? CaptureRecord()
    {
        if (InputObject is PCSandboxSubscription subscription)
        {
            return new SubscriptionStopRequest(new[] { new SubscriptionTarget(subscription) }, Subject.Subscription(subscription.SubscriptionId, subscription.CustomerId));
        }

        if (Order is PCSandboxOrder order)
        {
            var ids = order.LineItems.Select(item => item.SubscriptionId).Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return ids.Count == 0
                ? RejectInput(nameof(Order), string.Format(CultureInfo.InvariantCulture, Messages.OrderWithoutSubscriptions, order.OrderId, order.CustomerId), order)
                : new SubscriptionStopRequest(ids.Select(id => new SubscriptionTarget(order.CustomerId, id!)).ToList(), Subject.Order(order.OrderId, order.CustomerId));
        }

        if (ResourceIds.WhyNotCustomerId(CustomerId) is string customerProblem)
        {
            return RejectInput(nameof(CustomerId), customerProblem, CustomerId);
        }

        return ResourceIds.WhyNotSubscriptionId(SubscriptionId) is string subscriptionProblem
            ? RejectInput(nameof(SubscriptionId), subscriptionProblem, SubscriptionId)
            : new SubscriptionStopRequest(new[] { new SubscriptionTarget(CustomerId, SubscriptionId) }, Subject.Subscription(SubscriptionId, CustomerId));
    }

    protected override string Describe(SubscriptionStopRequest request) => request.Description;

    private protected override IChangeKind<SubscriptionTarget, PCSandboxSubscription> CreateChanges(PCSandboxConnection connection, WorkSlots slots) =>
        new SubscriptionChanges(connection, slots, Wait ? TimeSpan.FromSeconds(Timeout) : null);

    private protected override IEnumerable<SubscriptionTarget> TargetsOf(SubscriptionStopRequest request) => request.Targets;

    /// <summary>Decides on one subscription, on the pipeline thread: each product's rules as of now, then confirmation, then the request.</summary>
    private protected override void Consider(PCSandboxSubscription subscription)
    {
        var details = subscription.Details;
        var objection = SubscriptionRules.WhyNotCancellable(details.Subscription, details.ActiveAzureSubscriptions, DateTimeOffset.UtcNow);
        if (objection?.Objection == SubscriptionObjection.AlreadyCancelled)
        {
            Run.AlreadyDone(subscription);
        }
        else if (Run.SeenBefore(subscription))
        {
            // Told and counted by the run: the same subscription twice in one input is cancelled once.
        }
        else if (objection is (SubscriptionObjection rule, string reason))
        {
            Run.NotSent(subscription, KindOf(rule), string.Format(CultureInfo.InvariantCulture, Messages.SubscriptionRefused, subscription.SubscriptionId, subscription.CustomerId, reason));
        }
        else if (Approve(subscription))
        {
            WriteVerboseMessage(string.Format(CultureInfo.InvariantCulture, Messages.CancellingSubscription, subscription.SubscriptionId, subscription.CustomerId, subscription.CancelledStatus));
            Run.Apply(subscription);
        }
        else
        {
            Run.Declined(Interactivity.IsWhatIf(this));
        }
    }

    private bool Approve(PCSandboxSubscription subscription)
    {
        var target = string.Format(
            CultureInfo.InvariantCulture,
            Messages.SubscriptionShouldProcessTarget,
            subscription.SubscriptionId,
            subscription.CustomerId,
            subscription.FriendlyName ?? subscription.OfferId,
            subscription.Product,
            subscription.Status);
        var action = string.Format(CultureInfo.InvariantCulture, Messages.SubscriptionShouldProcessCancel, subscription.CancelledStatus);
        return Interactivity.Approve(this, Force, target, action, subscription, CannotAsk);
    }

    private static ErrorKind KindOf(SubscriptionObjection objection) => objection switch
    {
        SubscriptionObjection.CancelledByOrder => ErrorKinds.CancelOrderInstead,
        SubscriptionObjection.WindowPassed => ErrorKinds.CancellationWindowPassed,
        SubscriptionObjection.Suspended => ErrorKinds.SubscriptionSuspended,
        _ => ErrorKinds.AzurePlanHasActiveAzureSubscriptions,
    };
}
