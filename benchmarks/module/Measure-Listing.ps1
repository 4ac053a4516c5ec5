<#
.SYNOPSIS
    One measured listing, in a pwsh of its own (Invoke-Benchmarks.ps1 starts it): imports the module and connects (the
    line in $env:PCSANDBOX_BENCH_CONNECT, never printed), takes that as the memory baseline, then times
    Get-PCSandboxOrder | Measure-Object and prints one line of JSON: orders, seconds, seconds to the first order, and
    the peak resident memory above the baseline.
.DESCRIPTION
    The peak is the kernel's high-water mark (VmHWM), reset after the baseline through /proc/self/clear_refs where the
    system allows it; elsewhere it is the process's peak working set, which then includes start-up.
#>
param([Parameter(Mandatory)] [string] $ModulePath)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Invoke-Expression "$env:PCSANDBOX_BENCH_CONNECT | Out-Null"

# The time to the first order, on its own (Select-Object -First stops the listing).
$first = (Measure-Command { Get-PCSandboxOrder | Select-Object -First 1 | Out-Null }).TotalSeconds

[GC]::Collect()
[GC]::WaitForPendingFinalizers()
$self = [System.Diagnostics.Process]::GetCurrentProcess()
$baseline = $self.WorkingSet64
$peakReset = $false
try {
    [IO.File]::WriteAllText('/proc/self/clear_refs', '5')
    $peakReset = $true
}
catch {
    # Not Linux, or not allowed: the peak below then counts from the start of the process.
    $null = $_
}

$count = 0
$seconds = (Measure-Command { $count = (Get-PCSandboxOrder | Measure-Object).Count }).TotalSeconds
$self.Refresh()
[pscustomobject]@{
    Orders          = $count
    Seconds         = $seconds
    FirstSeconds    = $first
    PeakAboveMB     = [math]::Round(($self.PeakWorkingSet64 - $baseline) / 1MB, 1)
    PeakFromStartUp = -not $peakReset
} | ConvertTo-Json -Compress
