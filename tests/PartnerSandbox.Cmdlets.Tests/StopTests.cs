using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.State;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests
{
    public class StopTests : IClassFixture<HostedSandbox>, IAsyncLifetime
    {
        private const int ThrottleLimit = 4;
        private readonly HostedSandbox sandbox;

        public StopTests(HostedSandbox sandbox)
        {
            this.sandbox = sandbox;
        }

        public async Task InitializeAsync()
        {
            await sandbox.AdminAsync(HttpMethod.Post, "reset");
        }

        public Task DisposeAsync() => Task.CompletedTask;

        private int[] StateChanges() =>
            Enumerable.Range(1, HostedSandbox.OrderCount).Select(n => sandbox.Server.State.FindOrder(HostedSandbox.OrderId(n))!.StateChanges).ToArray();

        [Fact]
        public async Task Ctrl_C_stops_a_long_cancellation_with_no_order_half_done_and_no_new_request_started()
        {
            // Every PATCH answers slowly, so the command is still busy when it is stopped.
            await sandbox.AdminAsync(HttpMethod.Post, "faults", new { method = "PATCH", pathContains = "/orders/", kind = "delay", delayMs = 250, count = 1000 });
            using var shell = PowerShell.Create(sandbox.Runspace);
            shell.AddScript("Get-PCSandboxOrder -CustomerId $args[0] | Stop-PCSandboxOrder -Force -PassThru -ThrottleLimit $args[1]")
                .AddArgument(HostedSandbox.CustomerId)
                .AddArgument(ThrottleLimit);
            var output = new PSDataCollection<PSObject>();
            using var enoughDone = new ManualResetEventSlim();
            output.DataAdded += (_, _) =>
            {
                if (output.Count >= 6)
                {
                    enoughDone.Set();
                }
            };

            var running = shell.BeginInvoke<PSObject, PSObject>(null, output);
            Assert.True(enoughDone.Wait(TimeSpan.FromMinutes(2)), "the command wrote fewer than 6 cancelled orders");
            shell.Stop();
            var written = output.Count;
            await sandbox.AdminAsync(HttpMethod.Delete, "faults");

            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            Assert.Equal(written, output.Count);
            // What was written had been cancelled, and no order changed twice.
            Assert.All(output, o => Assert.Equal("cancelled", o.Properties["Status"].Value));
            var changes = StateChanges();
            Assert.All(changes, c => Assert.InRange(c, 0, 1));
            Assert.InRange(changes.Count(c => c == 1), written, HostedSandbox.OrderCount - 1);
            // No request started after the stop: besides the written ones, only those in flight at that moment were
            // ever sent (the server logs a request when it ends, so the bound holds whenever the log is read).
            Assert.InRange((await sandbox.RequestLogAsync("PATCH")).Count, written, written + ThrottleLimit);
        }

        [Fact]
        public void Progress_counts_the_orders_and_closes_when_the_work_ends()
        {
            using var shell = PowerShell.Create(sandbox.Runspace);
            shell.AddScript("$ProgressPreference = 'Continue'; Get-PCSandboxOrder -CustomerId $args[0] | Select-Object -First 5 | Stop-PCSandboxOrder -Force")
                .AddArgument(HostedSandbox.CustomerId);

            shell.Invoke();

            var records = shell.Streams.Progress.Where(p => p.Activity == "Cancelling sandbox orders").ToList();
            Assert.NotEmpty(records);
            var last = records[^1];
            Assert.Equal(ProgressRecordType.Completed, last.RecordType);
            Assert.StartsWith("5 of 5 done", last.StatusDescription, StringComparison.Ordinal);
            Assert.Equal(5, StateChanges().Sum());
        }

        [Fact]
        public void No_progress_is_written_when_ProgressPreference_is_SilentlyContinue()
        {
            using var shell = PowerShell.Create(sandbox.Runspace);
            shell.AddScript("$ProgressPreference = 'SilentlyContinue'; Get-PCSandboxOrder -CustomerId $args[0] | Select-Object -First 3 | Stop-PCSandboxOrder -Force")
                .AddArgument(HostedSandbox.CustomerId);

            shell.Invoke();

            Assert.Empty(shell.Streams.Progress);
            Assert.Equal(3, StateChanges().Sum());
        }

        [Fact]
        public void With_a_throttle_limit_every_confirmation_is_asked_on_the_pipeline_thread_before_its_request()
        {
            // -WhatIf answers every ShouldProcess with "no": if a question were asked off the pipeline thread,
            // PowerShell would throw; if a request started before its question, the emulator would see a PATCH.
            using var shell = PowerShell.Create(sandbox.Runspace);
            shell.AddScript("Get-PCSandboxOrder -CustomerId $args[0] | Stop-PCSandboxOrder -WhatIf -ThrottleLimit 8")
                .AddArgument(HostedSandbox.CustomerId);

            shell.Invoke();

            Assert.False(shell.HadErrors);
            Assert.All(StateChanges(), c => Assert.Equal(0, c));
        }
    }
}
