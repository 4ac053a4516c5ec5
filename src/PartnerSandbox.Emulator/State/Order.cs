using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>
/// An order of a customer, with the subscriptions its line items created. Everything but the status is fixed when it
/// is loaded or created; the status changes only under <see cref="EmulatorState.Gate"/>, or by itself when a pending
/// cancellation completes.
/// </summary>
public sealed class Order
{
    private string status;

    /// <summary>An accepted cancellation that completes later (the cancellation-delay knob); null when none is under way.</summary>
    private PendingCancellation? pendingCancellation;

    internal Order(
        string id,
        string alternateId,
        Guid referenceCustomerId,
        ProductType productType,
        DateTimeOffset creationDate,
        string status,
        string billingCycle,
        string transactionType,
        string currencyCode,
        string currencySymbol,
        decimal totalPrice,
        IReadOnlyList<OrderLineItem> lineItems,
        DateTimeOffset? listedFrom = null)
    {
        Id = id;
        AlternateId = alternateId;
        ReferenceCustomerId = referenceCustomerId;
        ProductType = productType;
        CreationDate = creationDate;
        this.status = status;
        BillingCycle = billingCycle;
        TransactionType = transactionType;
        CurrencyCode = currencyCode;
        CurrencySymbol = currencySymbol;
        TotalPrice = totalPrice;
        LineItems = lineItems;
        ListedFrom = listedFrom ?? creationDate;
        Subscriptions = [.. lineItems.Select(lineItem => new Subscription(this, lineItem))];
    }

    public string Id { get; }

    public string AlternateId { get; }

    public Guid ReferenceCustomerId { get; }

    public ProductType ProductType { get; }

    public DateTimeOffset CreationDate { get; }

    /// <summary>
    /// Kept exactly as seeded (an open set); only ever changed to <see cref="OrderStatus.Cancelled"/>, which reads
    /// <see cref="OrderStatus.Pending"/> while the cancellation is still under way by the virtual clock.
    /// </summary>
    public string Status => IsCancellationPending ? OrderStatus.Pending : status;

    /// <summary>A cancellation was accepted and has not completed yet: the service's "order in progress".</summary>
    public bool IsCancellationPending => pendingCancellation?.IsUnderWay == true;

    /// <summary>
    /// The status once any pending cancellation has completed. A saved state keeps this one: a restart does not
    /// resume the wait, and the cancellation was accepted.
    /// </summary>
    internal string SettledStatus => status;

    public string BillingCycle { get; }

    public string TransactionType { get; }

    public string CurrencyCode { get; }

    public string CurrencySymbol { get; }

    public decimal TotalPrice { get; }

    public IReadOnlyList<OrderLineItem> LineItems { get; }

    /// <summary>One per line item, in line-item order.</summary>
    public IReadOnlyList<Subscription> Subscriptions { get; }

    /// <summary>
    /// When the order starts to show in its customer's order list: the service may take up to 15
    /// minutes after a purchase (contract section 4), which the order-listing delay knob plays.
    /// </summary>
    public DateTimeOffset ListedFrom { get; }

    /// <summary>How many times the order's state really changed, so tests can prove nothing happened twice.</summary>
    public int StateChanges { get; private set; }

    public bool IsCancelled => string.Equals(Status, OrderStatus.Cancelled, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Its subscriptions go with it (deleted), so that the subscription listing agrees with the order (inferred:
    /// the docs say nothing of the subscriptions of a cancelled order).
    /// </summary>
    /// <param name="completesAfter">Zero: cancelled at once; else pending that long by <paramref name="clock"/>.</param>
    internal void Cancel(TimeProvider clock, TimeSpan completesAfter)
    {
        status = OrderStatus.Cancelled;
        pendingCancellation = completesAfter > TimeSpan.Zero ? new PendingCancellation(clock, clock.GetUtcNow() + completesAfter) : null;
        StateChanges++;
        foreach (var subscription in Subscriptions.Where(subscription => !subscription.IsDeleted))
        {
            subscription.ChangeStatus(SubscriptionStatus.Deleted);
        }
    }

    /// <summary>
    /// Called when one of its subscriptions was deleted: once every one is, the order reads cancelled too (inferred,
    /// like <see cref="Cancel"/>: nothing is left of the purchase).
    /// </summary>
    internal void CancelWhenEverySubscriptionIsDeleted()
    {
        if (!IsCancelled && Subscriptions.All(subscription => subscription.IsDeleted))
        {
            status = OrderStatus.Cancelled;
            StateChanges++;
        }
    }

    /// <summary>
    /// Holds the clock so that the status follows it by itself, as the service's does: nothing has to run
    /// to complete a cancellation, and a move of the virtual clock completes it too.
    /// </summary>
    private sealed record PendingCancellation(TimeProvider Clock, DateTimeOffset CompletesAt)
    {
        public bool IsUnderWay => Clock.GetUtcNow() < CompletesAt;
    }
}
