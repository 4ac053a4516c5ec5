using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure;

namespace PartnerSandbox
{
    /// <summary>
    /// The base of every cmdlet: the one place that waits for the engine. Engine work runs off the pipeline thread; its
    /// messages are written on the pipeline thread as they arrive; Ctrl+C (StopProcessing) cancels it at once.
    /// </summary>
    public abstract class PCSandboxCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource stopping = new();

        public void Dispose()
        {
            stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        protected override void StopProcessing() => stopping.Cancel();

        /// <summary>Runs engine work to completion, writing its verbose, debug and warning messages meanwhile.</summary>
        internal T RunEngine<T>(Func<CancellationToken, Task<T>> work)
        {
            using var log = new QueuedEngineLog();
            Task<T> task;
            using (Engine.EngineLog.Use(log))
            {
                // Task.Run captures the execution context here, so the log flows into every await of the work.
                task = Task.Run(() => work(stopping.Token), stopping.Token);
            }

            task.ContinueWith(_ => log.Complete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            log.DrainTo(this);
            try
            {
                return task.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        internal void ThrowNotConnected() =>
            ThrowTerminatingError(ErrorCatalog.Create(new InvalidOperationException(Messages.NotConnected), ErrorCatalog.NotConnected, null));
    }
}
