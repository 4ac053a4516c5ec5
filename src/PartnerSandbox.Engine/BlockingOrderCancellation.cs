using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>
/// Cancels the orders that keep a customer from being deleted and waits until each shows cancelled: a reservation or
/// software order by updating the order, an Azure plan by suspending its subscription (its order answers 800063). An
/// order past the sandbox's 60 days is not sent: it cannot be cancelled.
/// </summary>
internal sealed class BlockingOrderCancellation
{
    private readonly PartnerCenterClient client;
    private readonly OrderCancellation orders;
    private readonly SubscriptionCancellation subscriptions;

    public BlockingOrderCancellation(PartnerCenterClient client, Func<TimeSpan, CancellationToken, Task>? delay)
    {
        this.client = client;
        orders = new OrderCancellation(client, delay);
        subscriptions = new SubscriptionCancellation(client, delay);
    }

    /// <summary>Cancels every one it can; when one cannot be, throws once, naming each that could not and each that was.</summary>
    /// <param name="refusal">The service's refusal of the deletion, whose status the failure keeps.</param>
    public async Task<IReadOnlyList<string>> CancelAllAsync(
        string customerId, IReadOnlyList<Order> blockers, TimeSpan timeout, PartnerCenterException refusal, CancellationToken cancellationToken)
    {
        var cancelled = new List<string>();
        var failures = new List<(Order Order, PartnerCenterException Failure)>();
        foreach (var order in blockers)
        {
            try
            {
                await CancelAsync(customerId, order, timeout, cancellationToken).ConfigureAwait(false);
                cancelled.Add(order.Id);
                EngineLog.Current?.Verbose(Format(EngineMessages.CancelledBlockingOrder, order.Id, customerId));
            }
            catch (PartnerCenterException failure)
            {
                failures.Add((order, failure));
            }
        }

        if (failures.Count == 0)
        {
            return cancelled;
        }

        var first = failures[0].Failure;
        var message = Format(
            EngineMessages.BlockingOrdersNotCancelled,
            string.Join("; ", failures.Select(f => Format(EngineMessages.OrderAndReason, f.Order.Id, f.Failure.Message))),
            cancelled.Count == 0 ? string.Empty : Format(EngineMessages.CancelledOnTheWay, string.Join(", ", cancelled)));
        throw new PartnerCenterException(first.Failure, message, refusal.StatusCode, first.CodeSource, first.ServiceCode, first.Description, first.RequestId, first.CorrelationId, innerException: first);
    }

    private async Task CancelAsync(string customerId, Order order, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (SandboxRules.IsPastCancellationWindow(order.CreationDate, now))
        {
            throw new PartnerCenterException(
                PartnerCenterFailure.OrderTooOldToCancel,
                Format(EngineMessages.BlockingOrderTooOld, (now - order.CreationDate!.Value).TotalDays, SandboxRules.CancellationWindow.TotalDays));
        }

        if (!SandboxRules.IsCancelledBySubscription(order))
        {
            var result = await orders.CancelAsync(customerId, order.Id, order.Status, cancellationToken).ConfigureAwait(false);
            if (result.State != ChangeState.Done)
            {
                Require(await orders.WaitUntilCancelledAsync(customerId, order.Id, timeout, cancellationToken).ConfigureAwait(false), r => r.Status, timeout);
            }

            return;
        }

        foreach (var subscription in await client.GetSubscriptionsAsync(customerId, order.Id, cancellationToken).ConfigureAwait(false))
        {
            if (SubscriptionRules.IsCancelled(subscription))
            {
                continue;
            }

            var status = SubscriptionRules.CancelledStatus(SubscriptionRules.ProductOf(subscription)) ?? SubscriptionRules.DeletedStatus;
            var result = await subscriptions.CancelAsync(customerId, subscription.Id, status, cancellationToken).ConfigureAwait(false);
            if (result.State != ChangeState.Done)
            {
                Require(await subscriptions.WaitUntilCancelledAsync(customerId, subscription.Id, status, timeout, cancellationToken).ConfigureAwait(false), r => r.Status, timeout);
            }
        }
    }

    private static void Require<T>(ChangeResult<T> waited, Func<T, string?> statusOf, TimeSpan timeout)
    {
        if (waited.State != ChangeState.Done)
        {
            throw new PartnerCenterException(PartnerCenterFailure.ChangeStillPending, Format(EngineMessages.BlockingStillPending, statusOf(waited.Resource), timeout.TotalSeconds));
        }
    }

    private static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
