using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Pipeline;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>
/// One run of a command that changes things (Stop-PCSandboxOrder, Stop-PCSandboxSubscription,
/// Remove-PCSandboxCustomer): the changes under way (at most its slots at once), decisions in input order, the outcome
/// of each as the service shows it, the progress bar, the summary, and on Ctrl+C the changes not yet reported. The
/// work runs off the pipeline thread and reads nothing but what it was given; what it produces is written on the
/// pipeline thread. What differs between the commands is their <see cref="IChangeKind{TTarget, TItem}"/>.
/// </summary>
internal sealed class ChangeRun<TTarget, TItem>
    where TItem : class
{
    private readonly PCSandboxApiCmdlet cmdlet;
    private readonly IChangeKind<TTarget, TItem> kind;
    private readonly PCSandboxConnection connection;
    private readonly WorkSlots slots;
    private readonly bool passThru;
    private readonly ChangeTally tally;
    private readonly CancellationProgress? progress;
    private readonly ConcurrentDictionary<string, byte> unreported = new();
    private readonly InputOrder inputOrder = new();
    private readonly HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
    private int stopping;

    public ChangeRun(PCSandboxApiCmdlet cmdlet, IChangeKind<TTarget, TItem> kind, PCSandboxConnection connection, WorkSlots slots, bool passThru)
    {
        this.cmdlet = cmdlet;
        this.kind = kind;
        this.connection = connection;
        this.slots = slots;
        this.passThru = passThru;
        tally = new ChangeTally(kind.Texts.DoneLabel, kind.Texts.AlreadyDoneLabel);
        progress = CancellationProgress.Create(cmdlet, kind.Texts.ProgressActivity);
    }

    private ChangeTexts Texts => kind.Texts;

    public void Received() => progress?.Received();

    public void InputEnded() => progress?.InputEnded();

    /// <summary>
    /// Hands the target's item to <paramref name="decide"/> on the pipeline thread, in input order: at once for an item
    /// from the pipeline, after reading it for ids.
    /// </summary>
    public void Decide(TTarget target, Action<TItem> decide)
    {
        var inTurn = inputOrder.Enter();
        if (kind.Given(target) is TItem item)
        {
            inTurn(() => decide(item));
            return;
        }

        cmdlet.Queue.Start(
            token => kind.FindAsync(target, token),
            read => inTurn(() => decide(read)),
            error => inTurn(() => Failed(kind.Subject(target), target!, error)));
    }

    /// <summary>True (after a warning) when the item came before in this run's input: it is changed once.</summary>
    public bool SeenBefore(TItem item)
    {
        if (seen.Add(kind.Subject(item)))
        {
            return false;
        }

        cmdlet.WriteWarningMessage(Format(Texts.Duplicate, item));
        tally.NotSent("DuplicateInput");
        progress?.Finished();
        return true;
    }

    public void Apply(TItem item)
    {
        var key = kind.Subject(item);
        cmdlet.Queue.StartLimited(
            slots,
            token => ApplyAsync(item, key, token),
            outcome =>
            {
                unreported.TryRemove(key, out _);
                Report(item, outcome);
            },
            error =>
            {
                unreported.TryRemove(key, out _);
                Failed(key, item, error);
            });
    }

    public void NotSent(TItem item, ErrorKind errorKind, string message)
    {
        cmdlet.WriteError(ErrorCatalog.Create(new InvalidOperationException(message), errorKind, item, message));
        tally.NotSent(errorKind.ErrorId);
        progress?.Finished();
    }

    public void AlreadyDone(TItem item)
    {
        cmdlet.WriteWarningMessage(Format(Texts.AlreadyDone ?? throw new InvalidOperationException(Texts.CommandName + " finds nothing done already."), item));
        tally.AlreadyDone();
        progress?.Finished();
    }

    public void Declined(bool whatIf)
    {
        tally.NotSent(whatIf ? "WhatIf" : "NotConfirmed");
        progress?.Finished();
    }

    /// <summary>The end of a run that was not stopped: the summary, as a warning (kept in an Automation job's history).</summary>
    public void Finish()
    {
        progress?.Complete();
        if (tally.Total > 0)
        {
            cmdlet.WriteWarningMessage(tally.Summary(Texts.CommandName));
        }
    }

    /// <summary>
    /// Ctrl+C (StopProcessing, on another thread, before the work is cancelled): the pipeline's streams are closing,
    /// so the host is told directly which changes are on their way or not yet reported (each may or may not have been
    /// applied), and the summary so far. From here on no change is sent.
    /// </summary>
    public void Stopping()
    {
        Volatile.Write(ref stopping, 1);
        var ui = cmdlet.Host?.UI;
        if (ui is null)
        {
            return;
        }

        var open = unreported.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (open.Count > 0)
        {
            ui.WriteWarningLine(string.Format(CultureInfo.InvariantCulture, Texts.InFlightWhenStopped, string.Join("; ", open)));
        }

        ui.WriteWarningLine(tally.Summary(Texts.CommandName + " (stopped)"));
    }

    private async Task<ChangeOutcome<TItem>?> ApplyAsync(TItem item, string key, CancellationToken token)
    {
        // The service may have shown this tenant to be a primary account since the item was decided on.
        if (connection.WhyNoChanges is not null)
        {
            return null;
        }

        // Listed until its outcome is written on the pipeline thread: one that finished but was not yet reported when
        // Ctrl+C came is as unknown to the user as one still on its way. Listed before the stop is checked, so that a
        // change is either in the list the user is shown or never sent.
        unreported[key] = 0;
        if (Volatile.Read(ref stopping) == 1)
        {
            throw new OperationCanceledException(Texts.ProgressActivity);
        }

        return await kind.ApplyAsync(item, token).ConfigureAwait(false);
    }

    private void Report(TItem item, ChangeOutcome<TItem>? outcome)
    {
        if (outcome is null)
        {
            NotSent(item, ErrorKinds.NotASandboxAccount, Format(Texts.RefusedNotSandbox, item, connection.WhyNoChanges));
            return;
        }

        progress?.Finished();
        var shown = outcome.Shown;
        if (outcome.ReadAgain && outcome.Done)
        {
            cmdlet.WriteVerboseMessage(Format(Texts.VerifiedAfterUnclearAnswer, shown));
        }

        if (outcome.Done)
        {
            tally.Done();
        }
        else if (outcome.Waited is TimeSpan waited)
        {
            var message = Format(Texts.StillPending, shown, null, waited.TotalSeconds);
            cmdlet.WriteError(ErrorCatalog.Create(new TimeoutException(message), Texts.StillPendingError, shown, message));
            tally.Accepted();
        }
        else
        {
            cmdlet.WriteWarningMessage(Format(Texts.Accepted, shown));
            tally.Accepted();
        }

        if (passThru)
        {
            cmdlet.WriteObject(shown);
        }
    }

    /// <summary>A failure of the target's read or of its change; <paramref name="target"/> is the item when it is known.</summary>
    private void Failed(string subject, object target, Exception error)
    {
        progress?.Finished();
        if (error is PartnerCenterException failure)
        {
            var errorId = ErrorCatalog.Classify(failure, kind.Errors).ErrorId;
            if (failure.IsRefusal)
            {
                tally.Refused(errorId);
            }
            else
            {
                tally.Failed(errorId);
            }
        }

        cmdlet.WriteEngineError(error, target, subject, kind.Errors);
    }

    /// <summary>A text of the kind with the item's id, customer and status (or <paramref name="reason"/>) as {0}, {1}, {2}.</summary>
    private string Format(string text, TItem item, object? reason = null, object? more = null)
    {
        var (id, customerId, status) = kind.Facts(item);
        return string.Format(CultureInfo.InvariantCulture, text, id, customerId, reason ?? status, more);
    }
}
