<#
.SYNOPSIS
    One measured module run, in a pwsh of its own (Invoke-Benchmarks.ps1 starts it): imports the module, connects with
    the line in $env:PCSANDBOX_BENCH_CONNECT (never printed), then times one scenario and prints one line of JSON.
.PARAMETER Scenario
    OneLiner: Get-PCSandboxOrder -Cancellable | Stop-PCSandboxOrder -Force.
    Csv: Import-Csv $CsvPath | Stop-PCSandboxOrder -Force.
    Overlap: the listing alone, then the one-liner with the moment the listing's last order passed; so the listing's
    time inside the pipeline can be set against its time alone (cancelling must not hold it up).
    Export: writes the cancellable orders' CustomerId and OrderId to $CsvPath, for the Csv scenario.
    Every scenario also reports the -ThrottleLimit in force (the default when none is given).
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [ValidateSet('OneLiner', 'Csv', 'Overlap', 'Export')] [string] $Scenario,
    [int] $ThrottleLimit,
    [string] $CsvPath
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
Invoke-Expression "$env:PCSANDBOX_BENCH_CONNECT | Out-Null"
$stop = @{ Force = $true; ErrorAction = 'SilentlyContinue'; WarningAction = 'SilentlyContinue'; ErrorVariable = 'failures' }
if ($ThrottleLimit) { $stop.ThrottleLimit = $ThrottleLimit }
$result = [ordered]@{ ThrottleLimit = if ($ThrottleLimit) { $ThrottleLimit } else { [PartnerSandbox.Commands.StopPCSandboxOrderCommand]::new().ThrottleLimit } }

switch ($Scenario) {
    'OneLiner' {
        $result.Seconds = (Measure-Command { Get-PCSandboxOrder -Cancellable | Stop-PCSandboxOrder @stop }).TotalSeconds
    }
    'Csv' {
        $result.Seconds = (Measure-Command { Import-Csv $CsvPath | Stop-PCSandboxOrder @stop }).TotalSeconds
    }
    'Export' {
        $orders = @(Get-PCSandboxOrder -Cancellable | Select-Object CustomerId, OrderId)
        $orders | Export-Csv -LiteralPath $CsvPath -NoTypeInformation
        $result.Orders = $orders.Count
        $result.Customers = @($orders.CustomerId | Sort-Object -Unique).Count
    }
    'Overlap' {
        # Once unmeasured, so that neither side pays this process's first listing.
        Get-PCSandboxOrder -Cancellable | Out-Null
        $result.ListingAlone = (Measure-Command { Get-PCSandboxOrder -Cancellable | Out-Null }).TotalSeconds
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $listed = [TimeSpan]::Zero
        $result.Seconds = (Measure-Command {
                Get-PCSandboxOrder -Cancellable | ForEach-Object { $listed = $clock.Elapsed; $_ } | Stop-PCSandboxOrder @stop
            }).TotalSeconds
        $result.ListingInPipeline = $listed.TotalSeconds
    }
}

$result.Errors = @($failures).Count
[pscustomobject] $result | ConvertTo-Json -Compress
