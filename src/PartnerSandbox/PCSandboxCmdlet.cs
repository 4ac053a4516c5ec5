using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Pipeline;

namespace PartnerSandbox;

/// <summary>
/// The base of every cmdlet: the one place that waits for the engine. Engine work runs off the pipeline thread;
/// what it produces is written on the pipeline thread as it arrives (<see cref="PipelineQueue"/>); Ctrl+C
/// (StopProcessing) cancels the work in flight at once.
/// </summary>
public abstract class PCSandboxCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly List<IDisposable> owned = new();
    private PipelineQueue? queue;

    /// <summary>The queue through which this invocation's engine work reports back to the pipeline thread.</summary>
    internal PipelineQueue Queue => queue ??= new PipelineQueue(this, stopping.Token);

    public void Dispose()
    {
        // When the pipeline ends early (-ErrorAction Stop, Select-Object -First), work still in flight is cancelled.
        stopping.Cancel();
        queue?.Dispose();
        owned.ForEach(resource => resource.Dispose());
        stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void StopProcessing() => stopping.Cancel();

    /// <summary>Keeps <paramref name="resource"/> until the cmdlet is disposed (at the end of its pipeline).</summary>
    internal T Own<T>(T resource)
        where T : IDisposable
    {
        owned.Add(resource);
        return resource;
    }

    /// <summary>Runs engine work to completion, writing its verbose, debug and warning messages meanwhile.</summary>
    internal T RunEngine<T>(Func<CancellationToken, Task<T>> work)
    {
        try
        {
            return Queue.Run(work);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Writes a verbose message that -Debug cannot turn into a command-ending prompt (<see cref="MessageWrites"/>).</summary>
    internal void WriteVerboseMessage(string message) => MessageWrites.Verbose(this, message);

    /// <summary>Writes a warning that -Debug cannot turn into a command-ending prompt (<see cref="MessageWrites"/>).</summary>
    internal void WriteWarningMessage(string message) => MessageWrites.Warning(this, message);

    /// <summary>Writes a debug message that -Debug cannot turn into a command-ending prompt (<see cref="MessageWrites"/>).</summary>
    internal void WriteDebugMessage(string message) => MessageWrites.Debug(this, message);

    internal void ThrowNotConnected(string message) =>
        ThrowTerminatingError(ErrorCatalog.Create(new InvalidOperationException(message), ErrorKinds.NotConnected, null));
}
