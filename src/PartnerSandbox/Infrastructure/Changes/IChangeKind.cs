using System;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>What became of one change, as the service last showed it: done, or accepted and not done yet.</summary>
internal sealed class ChangeOutcome<TItem>
{
    public ChangeOutcome(bool done, TItem shown, bool readAgain, TimeSpan? waited)
    {
        Done = done;
        Shown = shown;
        ReadAgain = readAgain;
        Waited = waited;
    }

    public bool Done { get; }

    public TItem Shown { get; }

    /// <summary>True when the answer did not say what happened and the item was read again to know.</summary>
    public bool ReadAgain { get; }

    /// <summary>How long the change was waited for (-Wait) without showing done; null when it was not waited for.</summary>
    public TimeSpan? Waited { get; }

    /// <summary>
    /// The outcome of a change the service took as <paramref name="sent"/>: while it is only accepted and -Wait gave
    /// <paramref name="wait"/>, waited for; then done or not as the service last showed it.
    /// </summary>
    public static async Task<ChangeOutcome<TItem>> AfterSendingAsync<TResource>(
        ChangeResult<TResource> sent, TimeSpan? wait, Func<TimeSpan, Task<ChangeResult<TResource>>> waitUntilDone, Func<TResource, TItem> show)
    {
        var last = sent.State == ChangeState.Accepted && wait is TimeSpan timeout ? await waitUntilDone(timeout).ConfigureAwait(false) : sent;
        var done = last.State == ChangeState.Done;
        return new ChangeOutcome<TItem>(done, show(last.Resource), sent.ReadAgain, done ? null : wait);
    }
}

/// <summary>
/// One kind of change a <see cref="ChangeRun{TTarget, TItem}"/> makes: cancelling orders, cancelling subscriptions,
/// removing customers. The run owns what they share (slots, input order, outcomes, the summary, Ctrl+C); the kind
/// says how a target becomes an item, how the change is made, and in which words.
/// </summary>
/// <typeparam name="TTarget">What the cmdlet hands the run: an item from the pipeline, or the ids of one still to be read.</typeparam>
/// <typeparam name="TItem">The resource as the module shows it (PCSandboxOrder, PCSandboxSubscription, PCSandboxCustomer).</typeparam>
internal interface IChangeKind<TTarget, TItem>
    where TItem : class
{
    ChangeTexts Texts { get; }

    /// <summary>How the service's failures of this kind of change are classified.</summary>
    ErrorContext Errors { get; }

    /// <summary>The item the target brought from the pipeline; null when only its ids came.</summary>
    TItem? Given(TTarget target);

    /// <summary>Reads the item a target names by its ids.</summary>
    Task<TItem> FindAsync(TTarget target, CancellationToken cancellationToken);

    /// <summary>What an error text starts with: "Order X of customer Y".</summary>
    string Subject(TTarget target);

    string Subject(TItem item);

    /// <summary>The item's id, its customer's id and its status, for the texts' {0}, {1} and {2}.</summary>
    (string Id, string CustomerId, string? Status) Facts(TItem item);

    /// <summary>Makes the change (and, when asked, waits for it), off the pipeline thread; reads nothing but what it is given.</summary>
    Task<ChangeOutcome<TItem>> ApplyAsync(TItem item, CancellationToken cancellationToken);
}
