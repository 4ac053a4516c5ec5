using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

/// <summary>The program as scripts run it: a separate process whose first line says where it listens.</summary>
public sealed class ProgramTests
{
    private static readonly string EmulatorDll = Path.Combine(AppContext.BaseDirectory, "PartnerSandbox.Emulator.dll");

    [Fact]
    public async Task Start_PrintsTheListeningLineThenAConnectLine()
    {
        using var process = Start("--port", "0", "--seed", TestSeed.Path);
        try
        {
            var first = await process.StandardOutput.ReadLineAsync();
            var second = await process.StandardOutput.ReadLineAsync();

            var match = Regex.Match(first ?? string.Empty, @"^PartnerSandbox emulator listening on (https://\S+)$");
            Assert.True(match.Success, first);
            Assert.Matches(@"^https://127\.0\.0\.1:\d+$", match.Groups[1].Value);
            Assert.Equal(
                $"Connect-PCSandbox -Endpoint {match.Groups[1].Value} -TenantId {TestSeed.SandboxTenant} -ClientId {TestSeed.SandboxClient} -ClientSecret (ConvertTo-SecureString '{TestSeed.SandboxSecret}' -AsPlainText -Force) -SkipCertificateCheck -IntegrationSandbox",
                second);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--frobnicate")]
    [InlineData("--seed", "does-not-exist.json")]
    [InlineData("--window-error-code", "soon")]
    public async Task BadArgumentsOrSeed_ExitWithCode2AndOneErrorLine(params string[] args)
    {
        using var process = Start(args);

        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Single(errors.Trim().Split('\n'));
        Assert.Equal(string.Empty, await process.StandardOutput.ReadToEndAsync());
    }

    private static Process Start(params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.ArgumentList.Add(EmulatorDll);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        return Process.Start(startInfo)!;
    }
}
