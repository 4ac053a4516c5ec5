using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine
{
    /// <summary>Where a cancellation stands, as the service shows it.</summary>
    public enum CancellationState
    {
        /// <summary>The service shows the order cancelled.</summary>
        Cancelled,

        /// <summary>The service took the cancellation but shows the order in another status (its cancellation is in progress).</summary>
        Accepted,
    }

    /// <summary>What became of one cancellation: the state, and the order as the service last showed it.</summary>
    public sealed class CancellationResult
    {
        internal CancellationResult(CancellationState state, Order order, bool readAgain)
        {
            State = state;
            Order = order;
            ReadAgain = readAgain;
        }

        public CancellationState State { get; }

        public Order Order { get; }

        /// <summary>True when the answer to the change did not say what happened, so the order was read again to know.</summary>
        public bool ReadAgain { get; }
    }

    /// <summary>
    /// Cancels an order and reports only what is true. Success is the service's answer being that order with status
    /// cancelled. Another status of that order is the order as sent (accepted, not cancelled yet). An answer that does not
    /// say (lost on every attempt, empty, another order, not JSON) is never taken as success or as failure: the order is
    /// read again first, and the outcome is what that read shows.
    /// </summary>
    public sealed class OrderCancellation
    {
        private static readonly TimeSpan FirstPoll = TimeSpan.FromSeconds(1);
        private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(15);
        private readonly PartnerCenterClient client;
        private readonly Func<TimeSpan, CancellationToken, Task> delay;
        private readonly OrderDetail detail;

        /// <param name="detail">How much of each order answer to read: the whole order when it will be shown (-PassThru), else its id and status.</param>
        public OrderCancellation(PartnerCenterClient client, Func<TimeSpan, CancellationToken, Task>? delay = null, OrderDetail detail = OrderDetail.Full)
        {
            this.client = client;
            this.delay = delay ?? Task.Delay;
            this.detail = detail;
        }

        /// <param name="statusBefore">The order's status when it was decided to cancel it: a read that still shows it means nothing changed.</param>
        public async Task<CancellationResult> CancelAsync(string customerId, string orderId, string? statusBefore, CancellationToken cancellationToken)
        {
            PartnerCenterException unclear;
            try
            {
                var answer = await client.SendCancellationAsync(customerId, orderId, detail, cancellationToken).ConfigureAwait(false);
                if (IsSameOrder(answer, orderId))
                {
                    return new CancellationResult(SandboxRules.IsCancelled(answer.Status) ? CancellationState.Cancelled : CancellationState.Accepted, answer, readAgain: false);
                }

                unclear = new PartnerCenterException(PartnerCenterFailure.NotConfirmed, Format(EngineMessages.AnswerNotTheOrder, orderId, answer.Id, answer.Status));
            }
            catch (PartnerCenterException ex) when (ex.Failure is PartnerCenterFailure.ConnectionFailed or PartnerCenterFailure.TimedOut or PartnerCenterFailure.UnreadableResponse)
            {
                unclear = ex;
            }

            EngineLog.Current?.Verbose(Format(EngineMessages.ReadingAgain, orderId, customerId));
            return await ReadAgainAsync(customerId, orderId, statusBefore, unclear, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Reads the order until it shows cancelled, backing off between reads, for at most <paramref name="timeout"/>.</summary>
        public async Task<CancellationResult> WaitUntilCancelledAsync(string customerId, string orderId, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var waited = Stopwatch.StartNew();
            var pause = FirstPoll;
            while (true)
            {
                var remaining = timeout - waited.Elapsed;
                await delay(pause < remaining ? pause : (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
                var order = await client.GetOrderAsync(customerId, orderId, detail, cancellationToken).ConfigureAwait(false);
                if (SandboxRules.IsCancelled(order.Status) || waited.Elapsed >= timeout)
                {
                    return new CancellationResult(SandboxRules.IsCancelled(order.Status) ? CancellationState.Cancelled : CancellationState.Accepted, order, readAgain: true);
                }

                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPoll.Ticks));
            }
        }

        private async Task<CancellationResult> ReadAgainAsync(string customerId, string orderId, string? statusBefore, PartnerCenterException unclear, CancellationToken cancellationToken)
        {
            Order order;
            try
            {
                order = await client.GetOrderAsync(customerId, orderId, detail, cancellationToken).ConfigureAwait(false);
            }
            catch (PartnerCenterException readFailure)
            {
                throw new PartnerCenterException(
                    PartnerCenterFailure.OutcomeUnknown,
                    Format(EngineMessages.OutcomeUnknown, orderId, unclear.Message, readFailure.Message),
                    unclear.StatusCode,
                    requestId: unclear.RequestId,
                    correlationId: unclear.CorrelationId,
                    innerException: unclear);
            }

            if (SandboxRules.IsCancelled(order.Status))
            {
                return new CancellationResult(CancellationState.Cancelled, order, readAgain: true);
            }

            // The status moved, so the service has the cancellation (its answer was lost or garbled on the way back).
            if (!string.Equals(order.Status, statusBefore, StringComparison.OrdinalIgnoreCase))
            {
                return new CancellationResult(CancellationState.Accepted, order, readAgain: true);
            }

            var failure = unclear.Failure == PartnerCenterFailure.UnreadableResponse ? PartnerCenterFailure.NotConfirmed : unclear.Failure;
            throw new PartnerCenterException(
                failure,
                Format(EngineMessages.ReadAgainNotCancelled, unclear.Message, orderId, order.Status),
                unclear.StatusCode,
                unclear.ServiceCode,
                unclear.Description,
                unclear.RequestId,
                unclear.CorrelationId,
                innerException: unclear);
        }

        private static bool IsSameOrder(Order answer, string orderId) => string.Equals(answer.Id, orderId, StringComparison.OrdinalIgnoreCase);

        private static string Format(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
    }
}
