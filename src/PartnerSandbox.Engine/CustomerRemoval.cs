using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>What a removal did: the customer is gone, and which of its orders were cancelled first to let it go.</summary>
public sealed class CustomerRemovalResult
{
    internal CustomerRemovalResult(IReadOnlyList<string> cancelledFirst, bool readAgain)
    {
        CancelledFirst = cancelledFirst;
        ReadAgain = readAgain;
    }

    public IReadOnlyList<string> CancelledFirst { get; }

    /// <summary>True when the answer to the deletion did not say what happened, so the customer was read again to know.</summary>
    public bool ReadAgain { get; }
}

/// <summary>
/// Deletes an integration-sandbox customer (delete-a-customer-account-from-the-integration-sandbox) and reports only what
/// is true: removed on the service's 2xx, or, when the answer was lost, when reading the customer again finds it gone
/// (404 60003). The service refuses while reservation or software orders are active, naming them; the ids are taken
/// from the customer's own order list (those the refusal names), not from the wording. Asked to, it first cancels
/// what blocks (orders by order, an Azure plan by suspending its subscription) and waits until each shows cancelled,
/// as the page's sample does, then deletes.
/// </summary>
public sealed class CustomerRemoval
{
    private readonly PartnerCenterClient client;
    private readonly BlockingOrderCancellation blocking;

    public CustomerRemoval(PartnerCenterClient client, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        this.client = client;
        blocking = new BlockingOrderCancellation(client, delay);
    }

    /// <param name="cancelBlockingOrders">Cancel the orders the service names as blocking, then delete.</param>
    /// <param name="timeout">How long to wait for each blocking order to show cancelled.</param>
    public async Task<CustomerRemovalResult> RemoveAsync(string customerId, bool cancelBlockingOrders, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return new CustomerRemovalResult(Array.Empty<string>(), (await DeleteAsync(customerId, cancellationToken).ConfigureAwait(false)).ReadAgain);
        }
        catch (PartnerCenterException refusal) when (IsRefusal(refusal))
        {
            var blockers = await BlockingOrdersAsync(customerId, refusal, cancellationToken).ConfigureAwait(false);
            if (blockers.Count == 0)
            {
                throw;
            }

            if (!cancelBlockingOrders)
            {
                throw Rewrap(refusal, Format(EngineMessages.CustomerHasActiveOrders, Ids(blockers), refusal.Message), PartnerCenterFailure.CustomerHasActiveOrders);
            }

            var cancelled = await blocking.CancelAllAsync(customerId, blockers, timeout, refusal, cancellationToken).ConfigureAwait(false);
            try
            {
                var removed = await DeleteAsync(customerId, cancellationToken).ConfigureAwait(false);
                return new CustomerRemovalResult(cancelled, removed.ReadAgain);
            }
            catch (PartnerCenterException afterwards)
            {
                throw Rewrap(afterwards, Format(EngineMessages.RefusedAfterCancelling, string.Join(", ", cancelled), afterwards.Message), afterwards.Failure);
            }
        }
    }

    private Task<ChangeResult<CustomerPresence>> DeleteAsync(string customerId, CancellationToken cancellationToken) =>
        VerifiedChange.ApplyAsync(
            new CustomerSubject(client, customerId),
            async token =>
            {
                await client.SendCustomerDeletionAsync(customerId, token).ConfigureAwait(false);
                return new CustomerPresence(customerId, exists: false);
            },
            CustomerPresence.Present,
            cancellationToken);

    /// <summary>The customer's orders that the refusal names (as whole words), not cancelled already.</summary>
    private async Task<IReadOnlyList<Order>> BlockingOrdersAsync(string customerId, PartnerCenterException refusal, CancellationToken cancellationToken)
    {
        var text = refusal.Description ?? string.Empty;
        var orders = await client.GetOrdersAsync(customerId, null, false, cancellationToken).ConfigureAwait(false);
        return orders.Where(order => !SandboxRules.IsCancelled(order.Status) && Names(text, order.Id)).ToList();
    }

    private static bool Names(string text, string id) =>
        id.Length > 0 && Regex.IsMatch(text, "(?<![A-Za-z0-9_-])" + Regex.Escape(id) + "(?![A-Za-z0-9_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool IsRefusal(PartnerCenterException failure) =>
        failure.Failure == PartnerCenterFailure.ServiceError && failure.StatusCode == HttpStatusCode.BadRequest;

    private static string Ids(IEnumerable<Order> orders) => string.Join(", ", orders.Select(order => order.Id));

    /// <summary>The failure in other words, and as <paramref name="failure"/>; the service's status, code and ids stay.</summary>
    private static PartnerCenterException Rewrap(PartnerCenterException inner, string message, PartnerCenterFailure failure) =>
        new(failure, message, inner.StatusCode, inner.CodeSource, inner.ServiceCode, inner.Description, inner.RequestId, inner.CorrelationId, inner.RetryAfter, inner);

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    /// <summary>Whether the customer is there: what a deletion changes, as a read shows it.</summary>
    private sealed class CustomerPresence
    {
        public const string Present = "present";

        public CustomerPresence(string id, bool exists)
        {
            Id = id;
            Exists = exists;
        }

        public string Id { get; }

        public bool Exists { get; }
    }

    private sealed class CustomerSubject : ChangeSubject<CustomerPresence>
    {
        private readonly PartnerCenterClient client;

        public CustomerSubject(PartnerCenterClient client, string customerId)
            : base("customer", customerId, customerId)
        {
            this.client = client;
        }

        public override string Change => "removal";

        public override string DoneWord => "removed";

        public override string Name => Format(EngineMessages.CustomerName, Id);

        public override async Task<CustomerPresence> ReadAsync(CancellationToken cancellationToken)
        {
            try
            {
                await client.GetCustomerAsync(Id, cancellationToken).ConfigureAwait(false);
                return new CustomerPresence(Id, exists: true);
            }
            catch (PartnerCenterException gone) when (gone.StatusCode == HttpStatusCode.NotFound && gone.HasCode(ErrorSource.PartnerCenter, SandboxRules.CustomerNotFoundCode))
            {
                return new CustomerPresence(Id, exists: false);
            }
        }

        public override string? IdOf(CustomerPresence resource) => resource.Id;

        public override string? StatusOf(CustomerPresence resource) => resource.Exists ? CustomerPresence.Present : DoneWord;

        public override bool IsDone(CustomerPresence resource) => !resource.Exists;

        public override string Shows(CustomerPresence resource) => EngineMessages.StillExists;
    }
}
