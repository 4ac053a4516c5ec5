<#
.SYNOPSIS
    Times Remove-SandboxOrders.ps1 in this pwsh (Invoke-Benchmarks.ps1 starts it in one of its own, as it does the
    module's runs) and prints one line of JSON, so that both sides are timed without pwsh's own start-up.
#>
param(
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $TenantId,
    [Parameter(Mandatory)] [string] $ClientId
)

$ErrorActionPreference = 'Continue'
$outcome = $null
$seconds = (Measure-Command { $outcome = & (Join-Path $PSScriptRoot 'Remove-SandboxOrders.ps1') -Endpoint $Endpoint -TenantId $TenantId -ClientId $ClientId }).TotalSeconds
[pscustomobject]@{ Seconds = $seconds; Cancelled = $outcome.Cancelled; Errors = $outcome.Failed } | ConvertTo-Json -Compress
