<#
.SYNOPSIS
    Runs the Pester tests against the built module and writes their counts as JSON for build.ps1.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ResultPath,
    # The test files (or folders) to run, separated as in PATH (-File passes each argument as one string); by default
    # every *.Tests.ps1 here.
    [string] $Path = $PSScriptRoot,
    # Runs only the tests whose full name (Describe and It names joined) is like this pattern.
    [string] $FullNameFilter
)

$ErrorActionPreference = 'Stop'
$packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
Import-Module (Join-Path $packages 'pester/5.7.1/tools/Pester.psd1') -Force

# The test files import the module from here (see Support/BuildOutput.ps1).
$env:PARTNERSANDBOX_MODULE_PATH = $ModulePath

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path.Split([IO.Path]::PathSeparator)
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
if ($FullNameFilter) { $configuration.Filter.FullName = $FullNameFilter }
try {
    $result = Invoke-Pester -Configuration $configuration
}
finally {
    # No emulator outlives the run: the ones the files shared (Start-TestEmulator -Shared) are stopped here.
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Stop-SharedTestEmulator
}

[pscustomobject]@{
    Passed  = $result.PassedCount
    # A failed BeforeAll/AfterAll or a file that does not parse is a failure too, even when no test reports it.
    Failed  = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    # Not run: skipped, or left out by a failure before it; a test that -FullNameFilter leaves out is not counted.
    Skipped = $result.SkippedCount + @($result.NotRun | Where-Object ShouldRun).Count
} | ConvertTo-Json | Set-Content -LiteralPath $ResultPath
