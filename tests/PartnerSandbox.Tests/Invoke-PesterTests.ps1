<#
.SYNOPSIS
    Runs the Pester tests against the built module and writes their counts as JSON for build.ps1.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ResultPath
)

$ErrorActionPreference = 'Stop'
$packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
Import-Module (Join-Path $packages 'pester/5.7.1/tools/Pester.psd1') -Force

# The test files import the module from here (see Support/BuildOutput.ps1).
$env:PARTNERSANDBOX_MODULE_PATH = $ModulePath

$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
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
    Skipped = $result.SkippedCount + $result.NotRunCount
} | ConvertTo-Json | Set-Content -LiteralPath $ResultPath
