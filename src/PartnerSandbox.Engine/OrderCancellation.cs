using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Models;

namespace PartnerSandbox.Engine;

/// <summary>
/// Cancels an order (PATCH with status cancelled) and reports only what is true (<see cref="VerifiedChange"/>): done
/// when the service shows that order cancelled.
/// </summary>
public sealed class OrderCancellation
{
    private readonly PartnerCenterClient client;
    private readonly VerifiedChange change;
    private readonly OrderDetail detail;

    /// <param name="detail">How much of each order answer to read: the whole order when it will be shown (-PassThru), else its id and status.</param>
    public OrderCancellation(PartnerCenterClient client, Func<TimeSpan, CancellationToken, Task>? delay = null, OrderDetail detail = OrderDetail.Full)
    {
        this.client = client;
        this.detail = detail;
        change = new VerifiedChange(delay);
    }

    /// <param name="statusBefore">The order's status when it was decided to cancel it: a read that still shows it means nothing changed.</param>
    public Task<ChangeResult<Order>> CancelAsync(string customerId, string orderId, string? statusBefore, CancellationToken cancellationToken) =>
        VerifiedChange.ApplyAsync(
            new OrderSubject(client, customerId, orderId, detail), token => client.SendCancellationAsync(customerId, orderId, detail, token), statusBefore, cancellationToken);

    /// <summary>Reads the order until it shows cancelled, backing off between reads, for at most <paramref name="timeout"/>.</summary>
    public Task<ChangeResult<Order>> WaitUntilCancelledAsync(string customerId, string orderId, TimeSpan timeout, CancellationToken cancellationToken) =>
        change.WaitUntilDoneAsync(new OrderSubject(client, customerId, orderId, detail), timeout, cancellationToken);

    private sealed class OrderSubject : ChangeSubject<Order>
    {
        private readonly PartnerCenterClient client;
        private readonly OrderDetail detail;

        public OrderSubject(PartnerCenterClient client, string customerId, string orderId, OrderDetail detail)
            : base("order", orderId, customerId)
        {
            this.client = client;
            this.detail = detail;
        }

        public override string Change => "cancellation";

        public override string DoneWord => SandboxRules.CancelledStatus;

        public override Task<Order> ReadAsync(CancellationToken cancellationToken) => client.GetOrderAsync(CustomerId, Id, detail, cancellationToken);

        public override string? IdOf(Order resource) => resource.Id;

        public override string? StatusOf(Order resource) => resource.Status;

        public override bool IsDone(Order resource) => SandboxRules.IsCancelled(resource.Status);
    }
}
