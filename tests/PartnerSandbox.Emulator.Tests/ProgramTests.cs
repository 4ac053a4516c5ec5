using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.Seeding;
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

    [Fact]
    public async Task BuiltInSeedByName_LoadsWithNoSeedFileWhereItRuns()
    {
        var folder = Directory.CreateTempSubdirectory("emulator-cwd-").FullName;
        using var process = StartIn(folder, "--port", "0", "--seed", "test");
        try
        {
            Assert.StartsWith("PartnerSandbox emulator listening on ", await process.StandardOutput.ReadLineAsync(), StringComparison.Ordinal);
            Assert.Contains($"-TenantId {TestSeed.SandboxTenant} -ClientId {TestSeed.SandboxClient} ", await process.StandardOutput.ReadLineAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task NoData_SaysHowToGetSome()
    {
        using var process = Start("--port", "0");
        try
        {
            Assert.StartsWith("PartnerSandbox emulator listening on ", await process.StandardOutput.ReadLineAsync(), StringComparison.Ordinal);
            var hint = await process.StandardOutput.ReadLineAsync();

            Assert.StartsWith("No partners loaded", hint, StringComparison.Ordinal);
            Assert.Contains($"(built in: {string.Join(", ", BuiltInSeeds.Names)})", hint, StringComparison.Ordinal);
            Assert.Contains("--seed <file>", hint, StringComparison.Ordinal);
            Assert.Contains("--generate", hint, StringComparison.Ordinal);
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

    private static Process Start(params string[] args) => StartIn(Environment.CurrentDirectory, args);

    private static Process StartIn(string workingDirectory, params string[] args)
    {
        var startInfo = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        startInfo.ArgumentList.Add(EmulatorDll);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        return Process.Start(startInfo)!;
    }
}
