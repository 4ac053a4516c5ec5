<#
.SYNOPSIS
    Builds, tests and demonstrates the PartnerSandbox module.
.DESCRIPTION
    Build   : compiles the solution and assembles the module into out/PartnerSandbox/<version>/ and the emulator into
              out/emulator/.
    Package : Build, then out/packages/: the module's nupkg (Publish-PSResource), PartnerSandbox.zip for Azure
              Automation, the emulator as a .NET tool package, and the emulator as a self-contained single file for
              linux-x64, win-x64 and osx-arm64.
    Test    : Build, the packages the tests install (the single file only for this machine), then the xunit projects
              (in one dotnet test) and the Pester files; -Suite and -Filter choose which. It prints how long each step
              took; the last line is "Tests: N passed, N failed, N skipped"; the exit code is non-zero when anything
              failed.
    Demo    : Build, then a walk through the module against the local emulator with the demo seed.
    Bench   : Build, then the benchmark suite (benchmarks/Invoke-Benchmarks.ps1): one table of ratios measured side by
              side, printed and written to benchmarks/results.md. Not part of Test; it starts its own emulators.

    Each task's steps are in tools/build/: Module.ps1, Packaging.ps1, Testing.ps1 and Scripts.ps1.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Test -Suite Pester -Filter Throttling
    Builds, then runs Throttling.Tests.ps1 only (no packaging: the Packages tests are not among them).
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Test -Suite Engine,Emulator -Filter Refresh
    Builds, then runs the engine's and the emulator's xunit tests whose full name has "Refresh".
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Package', 'Test', 'Demo', 'Bench', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Test only: the suites to run, by default all: Engine, Emulator and Cmdlets (the xunit projects
    # tests/PartnerSandbox.<Suite>.Tests) and Pester (the files of tests/PartnerSandbox.Tests). The packages are made
    # only for Pester.
    [string[]] $Suite,

    # Test only: runs the tests whose name has this text: of xunit, those whose full name has it
    # (--filter FullyQualifiedName~<text>); of Pester, the files whose name has it, or when no file's does, the tests
    # whose full name (Describe and It) has it.
    [string] $Filter,

    # Bench only: another assembled module (such as main's out/PartnerSandbox) measured beside this build in the same run.
    [string] $BenchBaseline
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$version = (Import-PowerShellDataFile (Join-Path $root 'PartnerSandbox.psd1')).ModuleVersion
$outRoot = Join-Path $root 'out'
$moduleOut = Join-Path $outRoot "PartnerSandbox/$version"
$emulatorOut = Join-Path $outRoot 'emulator'
$packagesOut = Join-Path $outRoot 'packages'
$resultsOut = Join-Path $outRoot 'test-results'

# The self-contained single-file emulators that -Task Package makes; -Task Test makes only this machine's.
$singleFileRuntimes = @('linux-x64', 'win-x64', 'osx-arm64')

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) {
        throw "'dotnet $($args -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

foreach ($part in 'Module', 'Packaging', 'Testing', 'Scripts') {
    . (Join-Path $root "tools/build/$part.ps1")
}

switch ($Task) {
    'Clean' { if (Test-Path $outRoot) { Remove-Item $outRoot -Recurse -Force } }
    'Build' { Invoke-Build }
    'Package' { Invoke-Build; Invoke-Package -Runtimes $singleFileRuntimes }
    'Test' { Invoke-Test }
    'Demo' { Invoke-Demo }
    'Bench' { Invoke-Bench }
}
