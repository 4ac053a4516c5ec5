using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Engine.Models;
using PartnerSandbox.Errors;
using PartnerSandbox.Records;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// One Stop-PCSandboxOrder run: the cancellations under way (at most -ThrottleLimit at once), the outcome of each as
    /// the service shows it, the progress bar and the summary. Cancellation work runs off the pipeline thread and reads
    /// nothing but what it was given; what it produces is written on the pipeline thread.
    /// </summary>
    internal sealed class CancellationRun
    {
        private const string CommandName = "Stop-PCSandboxOrder";
        private readonly PCSandboxRecordCmdlet<StopRequest> cmdlet;
        private readonly PCSandboxConnection connection;
        private readonly WorkSlots slots;
        private readonly CustomerOrderBook book;
        private readonly OrderCancellation cancellation;
        private readonly bool passThru;
        private readonly TimeSpan? wait;
        private readonly CancellationTally tally = new();
        private readonly CancellationProgress? progress;
        private readonly ConcurrentDictionary<string, byte> unreported = new();
        private readonly InputOrder inputOrder = new();
        private int stopping;

        public CancellationRun(PCSandboxRecordCmdlet<StopRequest> cmdlet, PCSandboxConnection connection, int throttleLimit, bool passThru, TimeSpan? wait)
        {
            this.cmdlet = cmdlet;
            this.connection = connection;
            this.passThru = passThru;
            this.wait = wait;
            slots = cmdlet.Own(new WorkSlots(throttleLimit));
            book = new CustomerOrderBook(connection.Session.Client, slots);
            // Without -PassThru no order is written, so the answers are read for their id and status only.
            cancellation = new OrderCancellation(connection.Session.Client, detail: passThru ? OrderDetail.Full : OrderDetail.IdAndStatus);
            progress = CancellationProgress.Create(cmdlet);
        }

        public void Received() => progress?.Received();

        public void InputEnded() => progress?.InputEnded();

        /// <summary>
        /// Hands the record's order to <paramref name="decide"/> on the pipeline thread, in input order: at once for an
        /// order object, after reading it for a CustomerId/OrderId row.
        /// </summary>
        public void Decide(StopRequest request, Action<PCSandboxOrder> decide)
        {
            var inTurn = inputOrder.Enter();
            if (request.Order is PCSandboxOrder order)
            {
                inTurn(() => decide(order));
                return;
            }

            cmdlet.Queue.Start(
                token => book.FindAsync(request.CustomerId, request.OrderId, token),
                read => inTurn(() => decide(new PCSandboxOrder(request.CustomerId, read, DateTimeOffset.UtcNow, connection.WhyNoChanges))),
                error => inTurn(() => Failed(request, request, error)));
        }

        public void Cancel(StopRequest request, PCSandboxOrder order)
        {
            var key = Subject.Order(order.OrderId, order.CustomerId);
            cmdlet.StartWork(
                request,
                slots,
                token => CancelAsync(order, key, token),
                result =>
                {
                    unreported.TryRemove(key, out _);
                    Report(order, result);
                },
                error =>
                {
                    unreported.TryRemove(key, out _);
                    Failed(request, order, error);
                });
        }

        public void NotSent(PCSandboxOrder order, ErrorKind kind, string message)
        {
            cmdlet.WriteError(ErrorCatalog.Create(new InvalidOperationException(message), kind, order, message));
            tally.NotSent(kind.ErrorId);
            progress?.Finished();
        }

        public void AlreadyCancelled(PCSandboxOrder order)
        {
            cmdlet.WriteWarning(string.Format(CultureInfo.InvariantCulture, Messages.AlreadyCancelled, order.OrderId, order.CustomerId));
            tally.AlreadyCancelled();
            progress?.Finished();
        }

        public void Duplicate(PCSandboxOrder order)
        {
            cmdlet.WriteWarning(string.Format(CultureInfo.InvariantCulture, Messages.DuplicateOrder, order.OrderId, order.CustomerId));
            tally.NotSent("DuplicateInput");
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
                cmdlet.WriteWarning(tally.Summary(CommandName));
            }
        }

        /// <summary>
        /// Ctrl+C (StopProcessing, on another thread, before the work is cancelled): the pipeline's streams are closing,
        /// so the host is told directly which cancellations are on their way or not yet reported (each may or may not
        /// have been applied), and the summary so far. From here on no cancellation is sent.
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
                ui.WriteWarningLine(string.Format(CultureInfo.InvariantCulture, Messages.InFlightWhenStopped, string.Join("; ", open)));
            }

            ui.WriteWarningLine(tally.Summary(CommandName + " (stopped)"));
        }

        private async Task<CancellationResult?> CancelAsync(PCSandboxOrder order, string key, CancellationToken token)
        {
            // The service may have shown this tenant to be a primary account since the order was decided on.
            if (connection.WhyNoChanges is not null)
            {
                return null;
            }

            // Listed until its outcome is written on the pipeline thread: one that finished but was not yet reported
            // when Ctrl+C came is as unknown to the user as one still on its way. Listed before the stop is checked,
            // so that a cancellation is either in the list the user is shown or never sent.
            unreported[key] = 0;
            if (Volatile.Read(ref stopping) == 1)
            {
                throw new OperationCanceledException(Messages.ProgressActivity);
            }
            var result = await cancellation.CancelAsync(order.CustomerId, order.OrderId, order.Status, token).ConfigureAwait(false);
            return result.State == CancellationState.Accepted && wait is TimeSpan timeout
                ? await cancellation.WaitUntilCancelledAsync(order.CustomerId, order.OrderId, timeout, token).ConfigureAwait(false)
                : result;
        }

        private void Report(PCSandboxOrder order, CancellationResult? result)
        {
            if (result is null)
            {
                NotSent(order, ErrorCatalog.NotASandboxAccount, string.Format(CultureInfo.InvariantCulture, Messages.RefusedNotSandbox, order.OrderId, order.CustomerId, connection.WhyNoChanges));
                return;
            }

            progress?.Finished();
            // The order as the service showed it, for -PassThru; without it the answer was read for its status only.
            var shown = passThru ? new PCSandboxOrder(order.CustomerId, result.Order, DateTimeOffset.UtcNow, null) : null;
            var status = result.Order.Status;
            if (result.ReadAgain && result.State == CancellationState.Cancelled)
            {
                cmdlet.WriteVerbose(string.Format(CultureInfo.InvariantCulture, Messages.VerifiedAfterUnclearAnswer, order.OrderId, order.CustomerId, status));
            }

            if (result.State == CancellationState.Cancelled)
            {
                tally.Cancelled();
            }
            else if (wait is TimeSpan timeout)
            {
                var message = string.Format(CultureInfo.InvariantCulture, Messages.StillPending, order.OrderId, order.CustomerId, status, timeout.TotalSeconds);
                cmdlet.WriteError(ErrorCatalog.Create(new TimeoutException(message), ErrorCatalog.CancellationStillPending, shown ?? order, message));
                tally.Accepted();
            }
            else
            {
                cmdlet.WriteWarning(string.Format(CultureInfo.InvariantCulture, Messages.Accepted, order.OrderId, order.CustomerId, status));
                tally.Accepted();
            }

            if (shown is not null)
            {
                cmdlet.WriteObject(shown);
            }
        }

        /// <summary>A failure of the record's read or of its cancellation; <paramref name="target"/> is the order when it is known.</summary>
        private void Failed(StopRequest request, object target, Exception error)
        {
            progress?.Finished();
            if (error is PartnerCenterException failure)
            {
                var errorId = ErrorCatalog.Classify(failure).ErrorId;
                if (IsRefusal(failure))
                {
                    tally.Refused(errorId);
                }
                else
                {
                    tally.Failed(errorId);
                }
            }

            cmdlet.WriteEngineError(error, target, Subject.Order(request.OrderId, request.CustomerId));
        }

        // The service answered and said no (a 4xx with its reason); everything else is a failure to get an answer.
        private static bool IsRefusal(PartnerCenterException failure) =>
            failure.Failure == PartnerCenterFailure.ServiceError && failure.StatusCode is HttpStatusCode status && (int)status >= 400 && (int)status < 500;
    }
}
