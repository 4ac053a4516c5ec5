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
    public async Task Start_prints_the_listening_line_then_a_connect_line()
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
    public async Task Built_in_seed_by_name_loads_with_no_seed_file_where_it_runs()
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
    public async Task No_data_says_how_to_get_some()
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

    [Fact]
    public async Task With_the_demo_seed_the_banner_also_prints_the_runbook_hosts_environment_and_an_identity_connect_line()
    {
        using var process = Start("--port", "0", "--identity-port", "0", "--seed", TestSeed.DemoPath);
        try
        {
            var origin = Regex.Match(await process.StandardOutput.ReadLineAsync() ?? string.Empty, @"listening on (https://\S+)$").Groups[1].Value;
            var connect = await process.StandardOutput.ReadLineAsync();
            var endpoint = await process.StandardOutput.ReadLineAsync();
            var header = await process.StandardOutput.ReadLineAsync();
            var identity = await process.StandardOutput.ReadLineAsync();

            Assert.StartsWith("Connect-PCSandbox -Endpoint ", connect, StringComparison.Ordinal);
            Assert.Matches(@"^\$env:IDENTITY_ENDPOINT = 'http://127\.0\.0\.1:\d+/4f2b7c1e-9d3a-4e85-b6f0-2c8a1d5e7b93/msi/token'$", endpoint);
            Assert.Matches(@"^\$env:IDENTITY_HEADER = '[A-Za-z0-9_-]{32}'$", header);
            Assert.Equal(
                $"Connect-PCSandbox -Identity -IdentityClientId 2a8f6c4e-1b3d-4e5f-9a7b-8c0d2e4f6a13 -Endpoint {origin} -TenantId 4f2b7c1e-9d3a-4e85-b6f0-2c8a1d5e7b93 -ClientId d6c1a3f8-52e4-4b7a-9f0d-8e2b6c4a1f57 -SkipCertificateCheck -IntegrationSandbox",
                identity);
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
    public async Task Bad_arguments_or_seed_exit_with_code_2_and_one_error_line(params string[] args)
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
