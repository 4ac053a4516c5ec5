using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;

namespace PartnerSandbox.Infrastructure.Pipeline;

/// <summary>
/// Runs engine work on the thread pool and hands everything it produces (results, errors, verbose/debug/warning
/// messages) back to the pipeline thread, the only thread on which a cmdlet may call Write* or ShouldProcess.
/// Workers post actions; the pipeline thread pumps them, as they arrive, in <see cref="PumpUntil"/> and
/// <see cref="PumpAvailable"/>. Starting work never waits: bounded work waits for its slot off the pipeline thread. Cancelling the token (StopProcessing) cancels the work in flight and ends the pump.
/// </summary>
internal sealed class PipelineQueue : IEngineLog, IDisposable
{
    private readonly BlockingCollection<Action> actions = new();
    private readonly PCSandboxCmdlet cmdlet;
    private readonly CancellationToken stopping;
    private int inFlight;

    public PipelineQueue(PCSandboxCmdlet cmdlet, CancellationToken stopping)
    {
        this.cmdlet = cmdlet;
        this.stopping = stopping;
    }

    /// <summary>How many started works have not yet had their completion pumped.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    public void Verbose(string message) => Post(() => cmdlet.WriteVerboseMessage(message));

    public void Debug(string message) => Post(() => cmdlet.WriteDebugMessage(message));

    public void Warning(string message) => Post(() => cmdlet.WriteWarningMessage(message));

    /// <summary>Starts work; exactly one of the two callbacks later runs on the pipeline thread, during a pump.</summary>
    public void Start<T>(Func<CancellationToken, Task<T>> work, Action<T> onSuccess, Action<Exception> onFailure)
    {
        Interlocked.Increment(ref inFlight);
        Task<T> task;
        using (EngineLog.Use(this))
        {
            // Task.Run captures the execution context here, so this queue is the log of every await in the work.
            task = Task.Run(() => work(stopping), stopping);
        }

        task.ContinueWith(
            done => Post(() =>
            {
                Interlocked.Decrement(ref inFlight);
                if (done.Status == TaskStatus.RanToCompletion)
                {
                    onSuccess(done.Result);
                }
                else
                {
                    onFailure(done.Exception?.GetBaseException() ?? new OperationCanceledException(stopping));
                }
            }),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>
    /// Starts work that runs once one of <paramref name="slots"/> is free; it returns at once, so the pipeline thread
    /// goes on with the next record (and the commands before this one in the pipeline go on with theirs). The wait for
    /// the slot is queued here, on the calling thread, so works take their slots in the order they were started
    /// (-ThrottleLimit 1 sends one record's request after the other's, in input order).
    /// </summary>
    public void StartLimited<T>(WorkSlots slots, Func<CancellationToken, Task<T>> work, Action<T> onSuccess, Action<Exception> onFailure)
    {
        var turn = slots.EnterAsync(stopping);
        if (!slots.FreedWhenWritten)
        {
            Start(
                async token =>
                {
                    await turn.ConfigureAwait(false);
                    try
                    {
                        return await work(token).ConfigureAwait(false);
                    }
                    finally
                    {
                        slots.Free();
                    }
                },
                onSuccess,
                onFailure);
            return;
        }

        // The slot is held until the result is written: a work whose turn never came (Ctrl+C) holds none.
        Start(
            async token =>
            {
                await turn.ConfigureAwait(false);
                return await work(token).ConfigureAwait(false);
            },
            value => WrittenThenFree(slots, turn, () => onSuccess(value)),
            error => WrittenThenFree(slots, turn, () => onFailure(error)));
    }

    private static void WrittenThenFree(WorkSlots slots, Task turn, Action write)
    {
        try
        {
            write();
        }
        finally
        {
            if (turn.Status == TaskStatus.RanToCompletion)
            {
                slots.Free();
            }
        }
    }

    /// <summary>Runs one piece of work to completion, pumping its messages meanwhile, and returns its result or rethrows its exception.</summary>
    public T Run<T>(Func<CancellationToken, Task<T>> work)
    {
        var done = false;
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        Start(work, value => (result, done) = (value, true), error => (failure, done) = (ExceptionDispatchInfo.Capture(error), true));
        PumpUntil(() => done);
        failure?.Throw();
        return result;
    }

    /// <summary>Pumps, waiting as needed, until the condition holds. Throws PipelineStoppedException on Ctrl+C.</summary>
    public void PumpUntil(Func<bool> condition)
    {
        while (!condition())
        {
            Action next;
            try
            {
                next = actions.Take(stopping);
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }

            next();
        }
    }

    /// <summary>Pumps until every started work has completed and been written (a cmdlet's EndProcessing).</summary>
    public void PumpUntilIdle() => PumpUntil(() => InFlight == 0);

    /// <summary>Pumps what has already arrived, without waiting.</summary>
    public void PumpAvailable()
    {
        while (actions.TryTake(out var next))
        {
            next();
        }
    }

    public void Dispose() => actions.Dispose();

    private void Post(Action action)
    {
        try
        {
            actions.Add(action);
        }
        catch (InvalidOperationException)
        {
            // The cmdlet has ended (it was stopped): work still winding down has nowhere left to write.
        }
    }
}
