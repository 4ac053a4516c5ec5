using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using PartnerSandbox.Emulator;
using PartnerSandbox.Emulator.Hosting;
using PartnerSandbox.Emulator.Seeding;

const int stopped = 0;
const int couldNotStart = 1;
const int badArguments = 2;

var request = CommandLine.Parse(args);
if (request.ShowHelp)
{
    Console.Out.Write(CommandLine.HelpText);
    return stopped;
}

if (request.Options is null)
{
    Console.Error.WriteLine($"PartnerSandbox.Emulator: {request.Error} Run with --help to see the options.");
    return badArguments;
}

EmulatorServer server;
try
{
    server = await EmulatorServer.StartAsync(request.Options);
}
catch (SeedFileException e)
{
    Console.Error.WriteLine($"PartnerSandbox.Emulator: {e.Message}");
    return badArguments;
}
catch (IOException e)
{
    Console.Error.WriteLine($"PartnerSandbox.Emulator: cannot listen on port {request.Options.Port}: {e.Message}");
    return couldNotStart;
}

await using (server)
{
    Console.Out.WriteLine(StartupBanner.ListeningLine(server.BaseUri));
    if (StartupBanner.ConnectLine(server.BaseUri, server.State) is { } connectLine)
    {
        Console.Out.WriteLine(connectLine);
    }
    else if (StartupBanner.NoDataLine(server.State) is { } noDataLine)
    {
        Console.Out.WriteLine(noDataLine);
    }

    foreach (var line in StartupBanner.ManagedIdentityLines(server))
    {
        Console.Out.WriteLine(line);
    }

    Console.Out.Flush();
    await WaitForShutdownSignalAsync();
}

return stopped;

// Ctrl+C and SIGTERM end the wait; cancelling the default action lets the server stop cleanly.
static async Task WaitForShutdownSignalAsync()
{
    var signalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        signalled.TrySetResult();
    }

    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    await signalled.Task;
}
