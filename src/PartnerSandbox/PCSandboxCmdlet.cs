using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Host;
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

    // The module's verbose, warning and debug messages. PowerShell puts every verbose message and warning of a compiled
    // cmdlet given -Debug (in Windows PowerShell 5.1 every debug message too) to an Inquire prompt, "Continue with this
    // operation?", unless -Verbose or -WarningAction was given as well (MshCommandRuntime's VerbosePreference and
    // WarningPreference); a host without any UI gets Continue instead. A console started with -NonInteractive, or an
    // Azure Automation job, has a UI that cannot prompt: the message is written, then the prompt fails, and that failure
    // would end the command with its changes in flight unreported. There the message stays written and the command goes
    // on, as in a host without a UI. Only that failure (PSInvalidOperationException or HostException) under -Debug is
    // taken so: "Halt Command" in a console is an ActionPreferenceStopException and still halts.
    internal void WriteVerboseMessage(string message) => WithoutUnanswerablePrompt(() => WriteVerbose(message));

    internal void WriteWarningMessage(string message) => WithoutUnanswerablePrompt(() => WriteWarning(message));

    internal void WriteDebugMessage(string message) => WithoutUnanswerablePrompt(() => WriteDebug(message));

    internal void ThrowNotConnected(string message) =>
        ThrowTerminatingError(ErrorCatalog.Create(new InvalidOperationException(message), ErrorKinds.NotConnected, null));

    private void WithoutUnanswerablePrompt(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when ((ex is PSInvalidOperationException || ex is HostException) && DebugRequested)
        {
        }
    }

    private bool DebugRequested => MyInvocation.BoundParameters.TryGetValue("Debug", out var debug) && ((SwitchParameter)debug).IsPresent;
}
