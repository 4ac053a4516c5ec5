using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using PartnerSandbox.Infrastructure.Loading;
using Xunit;

namespace PartnerSandbox.Cmdlets.Tests;

/// <summary>The module's loader: what the cmdlet assembly may refer to, and whom each resolver answers.</summary>
public class LoaderTests
{
    [Fact]
    public void The_cmdlet_assembly_refers_to_neither_MSAL_nor_System_Text_Json()
    {
        // They are the engine's, loaded in its own context; a direct reference would load them in the default one.
        var references = typeof(Commands.ConnectPCSandboxCommand).Assembly.GetReferencedAssemblies().Select(name => name.Name).ToList();

        Assert.Contains("PartnerSandbox.Engine", references);
        Assert.DoesNotContain(references, name => name!.StartsWith("Microsoft.Identity", StringComparison.Ordinal));
        Assert.DoesNotContain("System.Text.Json", references);
    }

    [Fact]
    public void The_Windows_PowerShell_resolver_answers_only_the_modules_own_assemblies()
    {
        var module = Path.Combine(Path.GetTempPath(), "Modules", "PartnerSandbox", "0.2.0");
        var dependencies = Path.Combine(module, "dependencies");
        var folders = new[] { module, dependencies };

        Assert.True(FrameworkAssemblyResolver.IsOurs(Path.Combine(dependencies, "PartnerSandbox.Engine.dll"), folders));
        Assert.True(FrameworkAssemblyResolver.IsOurs(Path.Combine(module, "PartnerSandbox.dll"), folders));
        Assert.False(FrameworkAssemblyResolver.IsOurs(Path.Combine(Path.GetTempPath(), "Modules", "Az.Accounts", "Microsoft.Identity.Client.dll"), folders));
        Assert.False(FrameworkAssemblyResolver.IsOurs(Path.Combine(dependencies, "nested", "Other.dll"), folders));
        Assert.False(FrameworkAssemblyResolver.IsOurs(null, folders));
    }

    [Fact]
    public void The_isolated_context_defers_to_the_platforms_copy_only_when_it_is_as_new()
    {
        var jsonOfTheRuntime = typeof(System.Text.Json.JsonSerializer).Assembly;
        var platform = new PlatformAssemblies(new[] { jsonOfTheRuntime.Location });
        var runtimeVersion = jsonOfTheRuntime.GetName().Version!;

        Assert.True(platform.HasAtLeast("System.Text.Json", new Version(8, 0, 0, 0)));
        Assert.True(platform.HasAtLeast("System.Text.Json", runtimeVersion));
        Assert.False(platform.HasAtLeast("System.Text.Json", new Version(runtimeVersion.Major + 1, 0, 0, 0)));
        Assert.False(platform.HasAtLeast("Microsoft.Identity.Client", new Version(4, 0, 0, 0)));
    }

    [Theory]
    [InlineData("linux", Architecture.X64, "linux-x64")]
    [InlineData("win", Architecture.X64, "win-x64")]
    [InlineData("osx", Architecture.Arm64, "osx-arm64")]
    public void The_ready_to_run_folders_are_named_as_the_build_names_its_platforms(string system, Architecture architecture, string folder)
    {
        Assert.Equal(folder, ReadyToRunPlatform.Name(system, architecture));
    }

    [Fact]
    public void This_process_looks_for_the_ready_to_run_folder_of_its_own_runtime_identifier()
    {
        // .NET 5+ says the identifier in one call; the module, built for netstandard2.0, works it out.
        Assert.Equal(RuntimeInformation.RuntimeIdentifier, ReadyToRunPlatform.Current);
    }

    [Fact]
    public void The_import_finds_the_module_analysis_cache_of_this_PowerShell_to_read_ahead()
    {
        // False when PowerShell renames the type: the import would still work, and a runbook's first autoloaded
        // command would wait PowerShell's 75 ms of retries again, which no other test would notice.
        Assert.True(ModuleAnalysisCacheRead.Run());
    }
}
