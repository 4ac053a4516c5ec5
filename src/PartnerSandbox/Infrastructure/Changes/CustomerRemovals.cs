using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Records;
using Subjects = PartnerSandbox.Errors.Subject;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>
/// Remove-PCSandboxCustomer's change: deleting sandbox customers (<see cref="CustomerRemoval"/>), with -CancelOrders
/// cancelling first what blocks each removal.
/// </summary>
internal sealed class CustomerRemovals : IChangeKind<RemoveRequest, PCSandboxCustomer>
{
    private static readonly ChangeTexts CustomerTexts = new(
        Messages.RemoveCustomerCommand,
        Messages.CustomerProgressActivity,
        Messages.RemovedLabel,
        alreadyDoneLabel: null,
        alreadyDone: null,
        Messages.DuplicateCustomer,
        Messages.CustomerAccepted,
        Messages.CustomerStillPending,
        Messages.CustomerVerifiedAfterUnclearAnswer,
        Messages.CustomerRefusedNotSandbox,
        Messages.CustomersInFlightWhenStopped,
        ErrorKinds.CancellationStillPending);

    private readonly PartnerCenterClient client;
    private readonly CustomerRemoval removal;
    private readonly bool cancelOrders;
    private readonly TimeSpan timeout;

    /// <param name="timeout">How long to wait for each order that blocks a removal to show cancelled (-Timeout).</param>
    public CustomerRemovals(PCSandboxConnection connection, bool cancelOrders, TimeSpan timeout)
    {
        client = connection.Session.Client;
        removal = new CustomerRemoval(client);
        this.cancelOrders = cancelOrders;
        this.timeout = timeout;
    }

    public ChangeTexts Texts => CustomerTexts;

    public ErrorContext Errors => ErrorContext.Customers;

    public PCSandboxCustomer? Given(RemoveRequest target) => target.Customer;

    public async Task<PCSandboxCustomer> FindAsync(RemoveRequest target, CancellationToken cancellationToken) =>
        new(await client.GetCustomerAsync(target.CustomerId, cancellationToken).ConfigureAwait(false));

    public string Subject(RemoveRequest target) => Subjects.Customer(target.CustomerId);

    public string Subject(PCSandboxCustomer item) => Subjects.Customer(item.CustomerId);

    public (string Id, string CustomerId, string? Status) Facts(PCSandboxCustomer item) => (item.CustomerId, item.CustomerId, item.CompanyName);

    public async Task<ChangeOutcome<PCSandboxCustomer>> ApplyAsync(PCSandboxCustomer item, CancellationToken cancellationToken)
    {
        var removed = await removal.RemoveAsync(item.CustomerId, cancelOrders, timeout, cancellationToken).ConfigureAwait(false);
        if (removed.CancelledFirst.Count > 0)
        {
            EngineLog.Current?.Verbose(string.Format(CultureInfo.InvariantCulture, Messages.CancelledBeforeRemoval, item.CustomerId, string.Join(", ", removed.CancelledFirst)));
        }

        return new ChangeOutcome<PCSandboxCustomer>(done: true, item, removed.ReadAgain, waited: null);
    }
}
