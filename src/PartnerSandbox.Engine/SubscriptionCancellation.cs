using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>
/// Cancels a subscription by updating it (update-a-subscription-by-id): the subscription is read as it is now and
/// sent back whole with the status that cancels its product (deleted, or suspended for an Azure plan), and the outcome
/// is reported only as the service shows it (<see cref="VerifiedChange"/>). The update page documents a 202 for a
/// change that takes longer, and "pending" is a subscription status: an answer in another status is accepted, not done.
/// </summary>
public sealed class SubscriptionCancellation
{
    private readonly PartnerCenterClient client;
    private readonly VerifiedChange change;

    public SubscriptionCancellation(PartnerCenterClient client, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        this.client = client;
        change = new VerifiedChange(delay);
    }

    /// <param name="cancelledStatus">The status that cancels it (<see cref="SubscriptionRules.CancelledStatus"/>), as confirmed by the user.</param>
    public async Task<ChangeResult<Subscription>> CancelAsync(string customerId, string subscriptionId, string cancelledStatus, CancellationToken cancellationToken)
    {
        // The read is no change: when it fails, nothing was sent, and its failure is the outcome.
        var current = await client.GetSubscriptionResourceAsync(customerId, subscriptionId, cancellationToken).ConfigureAwait(false);
        return await VerifiedChange.ApplyAsync(
            new SubscriptionSubject(client, customerId, subscriptionId, cancelledStatus),
            token => client.SendSubscriptionStatusAsync(customerId, current, cancelledStatus, token),
            current.Value.Status,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the subscription until it shows <paramref name="cancelledStatus"/>, for at most <paramref name="timeout"/>.</summary>
    public Task<ChangeResult<Subscription>> WaitUntilCancelledAsync(string customerId, string subscriptionId, string cancelledStatus, TimeSpan timeout, CancellationToken cancellationToken) =>
        change.WaitUntilDoneAsync(new SubscriptionSubject(client, customerId, subscriptionId, cancelledStatus), timeout, cancellationToken);

    private sealed class SubscriptionSubject : ChangeSubject<Subscription>
    {
        private readonly PartnerCenterClient client;
        private readonly string cancelledStatus;

        public SubscriptionSubject(PartnerCenterClient client, string customerId, string subscriptionId, string cancelledStatus)
            : base("subscription", subscriptionId, customerId)
        {
            this.client = client;
            this.cancelledStatus = cancelledStatus;
        }

        public override string Change => "cancellation";

        public override string DoneWord => cancelledStatus;

        public override Task<Subscription> ReadAsync(CancellationToken cancellationToken) => client.GetSubscriptionAsync(CustomerId, Id, cancellationToken);

        public override string? IdOf(Subscription resource) => resource.Id;

        public override string? StatusOf(Subscription resource) => resource.Status;

        public override bool IsDone(Subscription resource) => string.Equals(resource.Status, cancelledStatus, StringComparison.OrdinalIgnoreCase);
    }
}
