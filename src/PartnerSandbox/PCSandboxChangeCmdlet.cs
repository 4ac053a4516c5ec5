using System.Collections.Generic;
using PartnerSandbox.Infrastructure.Changes;
using PartnerSandbox.Infrastructure.Pipeline;

namespace PartnerSandbox;

/// <summary>
/// The template of the cmdlets that change a sandbox (Stop-PCSandboxOrder, Stop-PCSandboxSubscription,
/// Remove-PCSandboxCustomer): the preconditions are checked once, then every target of every record goes through one
/// <see cref="ChangeRun{TTarget, TItem}"/>, which reads, decides, sends, reports and sums up. A cmdlet supplies its kind
/// of change, the targets of a record and its decision on each item read. The type arguments are the cmdlet
/// assembly's own types: PowerShell resolves a cmdlet's base types at import, before the engine can be loaded.
/// </summary>
public abstract class PCSandboxChangeCmdlet<TRecord, TTarget, TItem> : PCSandboxRecordCmdlet<TRecord>
    where TRecord : class
    where TItem : class
{
    private ChangeRun<TTarget, TItem>? run;

    /// <summary>The run of this invocation; set in BeginProcessing, before any record arrives.</summary>
    private protected ChangeRun<TTarget, TItem> Run => run!;

    /// <summary>-Force: no confirmation asked (-WhatIf and an explicit -Confirm still apply).</summary>
    private protected abstract bool SkipsConfirmation { get; }

    /// <summary>-ThrottleLimit: how many changes are under way at once.</summary>
    private protected abstract int ChangesAtOnce { get; }

    /// <summary>Whether each changed item is written as the service last showed it (-PassThru).</summary>
    private protected abstract bool WritesChanged { get; }

    /// <summary>What is said when confirmation is required but no one can be asked (a runbook without -Force).</summary>
    private protected abstract string CannotAsk { get; }

    protected override void BeginProcessing()
    {
        var connection = ActiveConnection;
        ChangePreconditions.Check(this, connection, SkipsConfirmation, CannotAsk);
        var slots = Own(new WorkSlots(ChangesAtOnce));
        run = new ChangeRun<TTarget, TItem>(this, CreateChanges(connection, slots), connection, slots, WritesChanged);
    }

    protected sealed override void Process(TRecord record)
    {
        foreach (var target in TargetsOf(record))
        {
            Run.Received();
            Run.Decide(target, Consider);
        }
    }

    protected sealed override void InputEnded() => Run.InputEnded();

    protected sealed override void EndRecords() => Run.Finish();

    protected override void StopProcessing()
    {
        // Told before the work is cancelled: what is on its way is known and the host still shows it in time.
        run?.Stopping();
        base.StopProcessing();
    }

    /// <summary>The kind of change this cmdlet makes, over the connection and this invocation's slots.</summary>
    private protected abstract IChangeKind<TTarget, TItem> CreateChanges(PCSandboxConnection connection, WorkSlots slots);

    /// <summary>What one record asks to change: one target, or several (an order's subscriptions).</summary>
    private protected abstract IEnumerable<TTarget> TargetsOf(TRecord record);

    /// <summary>Decides on an item as read: <see cref="ChangeRun{TTarget, TItem}.Apply"/>, NotSent, AlreadyDone or Declined.</summary>
    private protected abstract void Consider(TItem item);
}
