using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Engine;
using PartnerSandbox.Errors;
using PartnerSandbox.Infrastructure.Pipeline;

namespace PartnerSandbox;

/// <summary>
/// The per-record template of the cmdlets that take pipeline input. When a record arrives, the cmdlet captures its
/// inputs into an immutable <typeparamref name="TRecord"/> (PowerShell rebinds the parameters for the next record,
/// so work that completes later must never read them again); the template hands that record to the cmdlet's work,
/// pumps what finished work produced, and turns engine failures into error records that name the record. Bad local
/// input is one non-terminating error, and nothing is sent for it.
/// </summary>
public abstract class PCSandboxRecordCmdlet<TRecord> : PCSandboxApiCmdlet
    where TRecord : class
{
    protected sealed override void ProcessRecord()
    {
        Queue.PumpAvailable();
        var record = CaptureRecord();
        if (record is null)
        {
            return;
        }

        try
        {
            Process(record);
        }
        catch (PartnerCenterException ex)
        {
            WriteEngineError(ex, record);
        }

        Queue.PumpAvailable();
    }

    protected sealed override void EndProcessing()
    {
        InputEnded();
        Queue.PumpUntilIdle();
        EndRecords();
    }

    /// <summary>
    /// Reads this record's bound parameters and checks them; returns null after writing an error (see
    /// <see cref="RejectInput"/>) when they are bad.
    /// </summary>
    protected abstract TRecord? CaptureRecord();

    /// <summary>Starts the work of one record; it runs on the pipeline thread and should not wait for the service.</summary>
    protected abstract void Process(TRecord record);

    /// <summary>What the record is, for error messages ("Order X of customer Y").</summary>
    protected abstract string Describe(TRecord record);

    /// <summary>Called when the last record has arrived, before the template waits for the work still under way.</summary>
    protected virtual void InputEnded()
    {
    }

    /// <summary>Called once every record's work has completed and been written.</summary>
    protected virtual void EndRecords()
    {
    }

    /// <summary>Starts engine work for a record within <paramref name="slots"/>; its result or its failure comes back on the pipeline thread.</summary>
    internal void StartWork<T>(TRecord record, WorkSlots slots, Func<CancellationToken, Task<T>> work, Action<T> onSuccess, Action<Exception>? onFailure = null) =>
        Queue.StartLimited(slots, work, onSuccess, onFailure ?? (error => WriteEngineError(error, record)));

    /// <summary>Writes the engine failure of a record as a non-terminating error whose text names the record.</summary>
    internal void WriteEngineError(Exception exception, TRecord record) => WriteEngineError(exception, record, Describe(record));

    /// <summary>Writes the InvalidArgument error for one parameter of this record, and returns null for <see cref="CaptureRecord"/>.</summary>
    internal TRecord? RejectInput(string parameterName, string problem, object? target)
    {
        WriteError(ErrorCatalog.InvalidInput(parameterName, problem, target));
        return null;
    }
}
