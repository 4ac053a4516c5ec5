using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace PartnerSandbox.Infrastructure.Changes;

/// <summary>
/// The progress bar of a run that changes things (Stop-PCSandboxOrder and its kin). While items still arrive from the pipeline their total is unknown, so it
/// shows the count done and the rate; once the input has ended, the total is known and it shows a percentage. Updates
/// at most a few times a second, and is not created at all when $ProgressPreference is SilentlyContinue.
/// </summary>
internal sealed class CancellationProgress
{
    private const int ActivityId = 0x5053; // "PS": stable, so nested commands do not collide with it.
    private static readonly TimeSpan UpdateInterval = TimeSpan.FromMilliseconds(250);

    private readonly Cmdlet cmdlet;
    private readonly string activity;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan lastUpdate = -UpdateInterval;
    private int received;
    private int finished;
    private bool inputEnded;

    private CancellationProgress(Cmdlet cmdlet, string activity)
    {
        this.cmdlet = cmdlet;
        this.activity = activity;
    }

    public static CancellationProgress? Create(PSCmdlet cmdlet, string activity) =>
        cmdlet.GetVariableValue("ProgressPreference") is ActionPreference preference && preference == ActionPreference.SilentlyContinue
            ? null
            : new CancellationProgress(cmdlet, activity);

    public void Received() => received++;

    /// <summary>Every item has arrived: from now on the total is known.</summary>
    public void InputEnded() => inputEnded = true;

    public void Finished()
    {
        finished++;
        if (clock.Elapsed - lastUpdate >= UpdateInterval)
        {
            Write(ProgressRecordType.Processing);
        }
    }

    public void Complete() => Write(ProgressRecordType.Completed);

    private void Write(ProgressRecordType type)
    {
        lastUpdate = clock.Elapsed;
        var rate = finished / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var status = inputEnded
            ? string.Format(CultureInfo.InvariantCulture, Messages.ProgressStatus, finished, received, rate)
            : string.Format(CultureInfo.InvariantCulture, Messages.ProgressStatusOpenEnded, finished, received - finished, rate);
        var record = new ProgressRecord(ActivityId, activity, status)
        {
            // -1: no percentage while the total is not known.
            PercentComplete = inputEnded && received > 0 ? Math.Min(100, finished * 100 / received) : -1,
            RecordType = type,
        };
        cmdlet.WriteProgress(record);
    }
}
