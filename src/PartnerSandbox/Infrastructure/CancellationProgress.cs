using System;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// The progress bar of Stop-PCSandboxOrder: orders done of those received so far, and the rate. Updates at most a few
    /// times a second, and is not created at all when $ProgressPreference is SilentlyContinue (so it costs nothing).
    /// </summary>
    internal sealed class CancellationProgress
    {
        private const int ActivityId = 0x5053; // "PS": stable, so nested commands do not collide with it.
        private static readonly TimeSpan UpdateInterval = TimeSpan.FromMilliseconds(250);

        private readonly Cmdlet cmdlet;
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan lastUpdate = -UpdateInterval;
        private int received;
        private int finished;

        private CancellationProgress(Cmdlet cmdlet)
        {
            this.cmdlet = cmdlet;
        }

        public static CancellationProgress? Create(PSCmdlet cmdlet) =>
            cmdlet.GetVariableValue("ProgressPreference") is ActionPreference preference && preference == ActionPreference.SilentlyContinue
                ? null
                : new CancellationProgress(cmdlet);

        public void Received() => received++;

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
            var record = new ProgressRecord(ActivityId, Messages.ProgressActivity, string.Format(CultureInfo.InvariantCulture, Messages.ProgressStatus, finished, received, rate))
            {
                PercentComplete = received == 0 ? 0 : Math.Min(100, finished * 100 / received),
                RecordType = type,
            };
            cmdlet.WriteProgress(record);
        }
    }
}
