using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Input;
using PartnerSandbox.Infrastructure.Pipeline;
using PartnerSandbox.Records;
using Subjects = PartnerSandbox.Errors.Subject;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>
/// Stop-PCSandboxSubscription's change: setting each subscription to the status that cancels its product
/// (<see cref="SubscriptionCancellation"/>), waiting with -Wait. Ids are read through a customer book, so a CSV or an
/// order's line items cost one listing per customer.
/// </summary>
internal sealed class SubscriptionChanges : IChangeKind<SubscriptionTarget, PCSandboxSubscription>
{
    private static readonly ChangeTexts SubscriptionTexts = new(
        Messages.StopSubscriptionCommand,
        Messages.SubscriptionProgressActivity,
        Messages.CancelledLabel,
        Messages.AlreadyCancelledLabel,
        Messages.SubscriptionAlreadyCancelled,
        Messages.DuplicateSubscription,
        Messages.SubscriptionAccepted,
        Messages.SubscriptionStillPending,
        Messages.SubscriptionVerifiedAfterUnclearAnswer,
        Messages.SubscriptionRefusedNotSandbox,
        Messages.SubscriptionsInFlightWhenStopped,
        ErrorKinds.SubscriptionCancellationStillPending);

    private readonly PCSandboxConnection connection;
    private readonly SubscriptionCancellation cancellation;
    private readonly CustomerBook<SubscriptionDetails> book;
    private readonly TimeSpan? wait;

    /// <param name="wait">-Wait's -Timeout, or null without -Wait.</param>
    public SubscriptionChanges(PCSandboxConnection connection, WorkSlots slots, TimeSpan? wait)
    {
        this.connection = connection;
        this.wait = wait;
        var client = connection.Session.Client;
        var reader = new SubscriptionReader(client);
        cancellation = new SubscriptionCancellation(client);
        book = new CustomerBook<SubscriptionDetails>(slots, (customerId, token) => reader.ListAsync(customerId, null, token), reader.GetAsync, details => details.Subscription.Id);
    }

    public ChangeTexts Texts => SubscriptionTexts;

    public ErrorContext Errors => ErrorContext.Subscriptions;

    public PCSandboxSubscription? Given(SubscriptionTarget target) => target.Subscription;

    public async Task<PCSandboxSubscription> FindAsync(SubscriptionTarget target, CancellationToken cancellationToken)
    {
        var read = await book.FindAsync(target.CustomerId, target.SubscriptionId, cancellationToken).ConfigureAwait(false);
        return new PCSandboxSubscription(target.CustomerId, read, DateTimeOffset.UtcNow, connection.WhyNoChanges);
    }

    public string Subject(SubscriptionTarget target) => Subjects.Subscription(target.SubscriptionId, target.CustomerId);

    public string Subject(PCSandboxSubscription item) => Subjects.Subscription(item.SubscriptionId, item.CustomerId);

    public (string Id, string CustomerId, string? Status) Facts(PCSandboxSubscription item) => (item.SubscriptionId, item.CustomerId, item.Status);

    /// <summary>Sends the status the user confirmed (<see cref="PCSandboxSubscription.CancelledStatus"/>); its command checked there is one.</summary>
    public async Task<ChangeOutcome<PCSandboxSubscription>> ApplyAsync(PCSandboxSubscription item, CancellationToken cancellationToken)
    {
        var status = item.CancelledStatus ?? throw new InvalidOperationException(item.NotCancellableReason);
        var sent = await cancellation.CancelAsync(item.CustomerId, item.SubscriptionId, status, cancellationToken).ConfigureAwait(false);
        return await ChangeOutcome<PCSandboxSubscription>.AfterSendingAsync(
            sent,
            wait,
            timeout => cancellation.WaitUntilCancelledAsync(item.CustomerId, item.SubscriptionId, status, timeout, cancellationToken),
            subscription => new PCSandboxSubscription(item.CustomerId, new SubscriptionDetails(subscription, null), DateTimeOffset.UtcNow, null)).ConfigureAwait(false);
    }
}
