using System;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.State;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests;

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
        sandbox.Host.WarningLines.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private int[] StateChanges() =>
        Enumerable.Range(1, HostedSandbox.OrderCount).Select(n => sandbox.Server.State.FindOrder(HostedSandbox.OrderId(n))!.StateChanges).ToArray();

    [Fact]
    public async Task Ctrl_C_stops_a_long_cancellation_with_no_order_half_done_and_no_new_request_started()
    {
        // The first six PATCHes answer after 250 ms and every later one is held for a minute, so when six orders are
        // written and Ctrl+C comes, the cancellations sent after them are surely on their way. With one delay for all,
        // the stop could fall in the instant when every change sent was written and the next not yet sent (under load
        // it did), leaving nothing to tell.
        await sandbox.AdminAsync(HttpMethod.Post, "faults", new { method = "PATCH", pathContains = "/orders/", kind = "delay", delayMs = 250, count = 6 });
        await sandbox.AdminAsync(HttpMethod.Post, "faults", new { method = "PATCH", pathContains = "/orders/", kind = "delay", delayMs = 60_000, count = 1000 });
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
        // The console was told which cancellations were on their way or not yet reported: every order changed but not
        // written is one of them, and no request was started after the stop (every one sent is written or told).
        var lines = sandbox.Host.WarningLines.ToList();
        var told = Assert.Single(lines, l => l.StartsWith("Stopped while these cancellations were on their way", StringComparison.Ordinal));
        var writtenIds = output.Select(o => (string)o.Properties["OrderId"].Value).ToHashSet();
        bool Accounted(string id) => writtenIds.Contains(id) || told.Contains("Order " + id + " ", StringComparison.Ordinal);
        var changed = Enumerable.Range(1, HostedSandbox.OrderCount).Select(HostedSandbox.OrderId).Where(id => sandbox.Server.State.FindOrder(id)!.StateChanges == 1);
        Assert.All(changed, id => Assert.True(Accounted(id), id + " was cancelled but neither written nor told"));
        var sent = (await sandbox.RequestLogAsync("PATCH")).Select(r => r.GetProperty("path").GetString()!.Split('/')[^1]);
        Assert.All(sent, id => Assert.True(Accounted(id), id + " was sent but neither written nor told"));
        Assert.Contains(lines, l => l.StartsWith("Stop-PCSandboxOrder (stopped): ", StringComparison.Ordinal));
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
    public void While_orders_still_arrive_progress_shows_no_percentage_and_afterwards_it_does()
    {
        // Each order goes in only once the one before it shows cancelled, so the run is under way while input is open.
        using var shell = PowerShell.Create(sandbox.Runspace);
        shell.AddScript(
            "$ProgressPreference = 'Continue'; $admin = $args[1]; " +
            "Get-PCSandboxOrder -CustomerId $args[0] | Select-Object -First 6 | ForEach-Object { " +
            "  while ($previous -and (Invoke-RestMethod -SkipCertificateCheck ($admin + $previous + '/changes')).stateChanges -eq 0) { } ; " +
            "  $previous = $_.OrderId; $_ } | Stop-PCSandboxOrder -Force -WarningAction SilentlyContinue")
            .AddArgument(HostedSandbox.CustomerId)
            .AddArgument(new Uri(sandbox.Server.BaseUri, "_emulator/orders/").ToString());

        shell.Invoke();

        var records = shell.Streams.Progress.Where(p => p.Activity == "Cancelling sandbox orders").ToList();
        var openEnded = records.Where(r => r.StatusDescription.Contains("more to come", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(openEnded);
        Assert.All(openEnded, r => Assert.Equal(-1, r.PercentComplete));
        Assert.All(records.Except(openEnded), r => Assert.InRange(r.PercentComplete, 0, 100));
        Assert.StartsWith("6 of 6 done", records[^1].StatusDescription, StringComparison.Ordinal);
        Assert.Equal(100, records[^1].PercentComplete);
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
