using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Input;
using PartnerSandbox.Infrastructure.Pipeline;
using PartnerSandbox.Records;
using Subjects = PartnerSandbox.Errors.Subject;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>Stop-PCSandboxOrder's change: cancelling orders (<see cref="OrderCancellation"/>), waiting with -Wait.</summary>
internal sealed class OrderChanges : IChangeKind<StopRequest, PCSandboxOrder>
{
    private static readonly ChangeTexts OrderTexts = new(
        Messages.StopOrderCommand,
        Messages.ProgressActivity,
        Messages.CancelledLabel,
        Messages.AlreadyCancelledLabel,
        Messages.AlreadyCancelled,
        Messages.DuplicateOrder,
        Messages.Accepted,
        Messages.StillPending,
        Messages.VerifiedAfterUnclearAnswer,
        Messages.RefusedNotSandbox,
        Messages.InFlightWhenStopped,
        ErrorKinds.CancellationStillPending);

    private readonly PCSandboxConnection connection;
    private readonly OrderCancellation cancellation;
    private readonly CustomerBook<Order> book;
    private readonly TimeSpan? wait;

    /// <param name="wait">-Wait's -Timeout, or null without -Wait.</param>
    /// <param name="passThru">Whether the orders are written: without -PassThru the answers are read for their id and status only.</param>
    public OrderChanges(PCSandboxConnection connection, WorkSlots slots, TimeSpan? wait, bool passThru)
    {
        this.connection = connection;
        this.wait = wait;
        var client = connection.Session.Client;
        cancellation = new OrderCancellation(client, detail: passThru ? OrderDetail.Full : OrderDetail.IdAndStatus);
        book = new CustomerBook<Order>(slots, (customerId, token) => client.GetOrdersAsync(customerId, null, false, token), client.GetOrderAsync, order => order.Id);
    }

    public ChangeTexts Texts => OrderTexts;

    public ErrorContext Errors => ErrorContext.Orders;

    public PCSandboxOrder? Given(StopRequest target) => target.Order;

    public async Task<PCSandboxOrder> FindAsync(StopRequest target, CancellationToken cancellationToken)
    {
        var read = await book.FindAsync(target.CustomerId, target.OrderId, cancellationToken).ConfigureAwait(false);
        return new PCSandboxOrder(target.CustomerId, read, DateTimeOffset.UtcNow, connection.WhyNoChanges);
    }

    public string Subject(StopRequest target) => Subjects.Order(target.OrderId, target.CustomerId);

    public string Subject(PCSandboxOrder item) => Subjects.Order(item.OrderId, item.CustomerId);

    public (string Id, string CustomerId, string? Status) Facts(PCSandboxOrder item) => (item.OrderId, item.CustomerId, item.Status);

    public async Task<ChangeOutcome<PCSandboxOrder>> ApplyAsync(PCSandboxOrder item, CancellationToken cancellationToken)
    {
        var sent = await cancellation.CancelAsync(item.CustomerId, item.OrderId, item.Status, cancellationToken).ConfigureAwait(false);
        return await ChangeOutcome<PCSandboxOrder>.AfterSendingAsync(
            sent,
            wait,
            timeout => cancellation.WaitUntilCancelledAsync(item.CustomerId, item.OrderId, timeout, cancellationToken),
            order => new PCSandboxOrder(item.CustomerId, order, DateTimeOffset.UtcNow, null)).ConfigureAwait(false);
    }
}
