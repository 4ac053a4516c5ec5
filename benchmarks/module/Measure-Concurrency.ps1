<#
.SYNOPSIS
    Shows what bounded concurrency buys: listing every customer's orders and cancelling orders, against the emulator
    with a fixed latency per request, compared with a one-at-a-time baseline measured in the same run.
.DESCRIPTION
    Not a test: it prints figures. Run after a build:
        dotnet tool restore && dotnet pwsh ./build.ps1 -Task Build && dotnet pwsh ./benchmarks/module/Measure-Concurrency.ps1
#>
param(
    [int] $Customers = 75,
    [int] $OrdersPerCustomer = 4,
    [int] $LatencyMs = 150
)

$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '../..')
Import-Module (Join-Path $root 'tests/PartnerSandbox.Tests/TestSupport.psm1') -Force
Import-PartnerSandboxModule

$emulator = Start-TestEmulator -Seed '' -ArgumentList '--generate', "1x${Customers}x${OrdersPerCustomer}", '--latency', $LatencyMs
try {
    Invoke-Expression "$($emulator.ConnectCommand) | Out-Null"
    $customerIds = @(Get-PCSandboxCustomer).CustomerId

    $sequential = Measure-Command { foreach ($id in $customerIds) { Get-PCSandboxOrder -CustomerId $id | Out-Null } }
    $firstOrder = Measure-Command { Get-PCSandboxOrder | Select-Object -First 1 | Out-Null }
    $concurrent = Measure-Command { $script:orders = @(Get-PCSandboxOrder) }

    $cancellable = @($orders | Where-Object IsCancellable | Where-Object { $_.LineItems.OfferId -notlike 'DZH318Z0BR38*' })
    $half = [int]($cancellable.Count / 2)
    $oneAtATime = Measure-Command { $cancellable[0..($half - 1)] | Stop-PCSandboxOrder -Force -ErrorAction SilentlyContinue }
    $eightAtATime = Measure-Command { $cancellable[$half..($cancellable.Count - 1)] | Stop-PCSandboxOrder -Force -ThrottleLimit 8 -ErrorAction SilentlyContinue }

    $rate = { param($count, $time) '{0:0.0}' -f ($count / $time.TotalSeconds) }
    @([pscustomobject]@{ Scenario = "list orders of $($customerIds.Count) customers, one at a time (baseline)"; Seconds = '{0:0.00}' -f $sequential.TotalSeconds; Ratio = '1.00' }
    [pscustomobject]@{ Scenario = 'list orders of every customer, Get-PCSandboxOrder (bounded concurrency)'; Seconds = '{0:0.00}' -f $concurrent.TotalSeconds; Ratio = '{0:0.00}' -f ($concurrent.TotalSeconds / $sequential.TotalSeconds) }
    [pscustomobject]@{ Scenario = 'time to the first order written'; Seconds = '{0:0.00}' -f $firstOrder.TotalSeconds; Ratio = '{0:0.00}' -f ($firstOrder.TotalSeconds / $sequential.TotalSeconds) }
    [pscustomobject]@{ Scenario = "cancel $half orders, -ThrottleLimit 1 (baseline; $(& $rate $half $oneAtATime)/s)"; Seconds = '{0:0.00}' -f $oneAtATime.TotalSeconds; Ratio = '1.00' }
    [pscustomobject]@{ Scenario = "cancel $($cancellable.Count - $half) orders, -ThrottleLimit 8 ($(& $rate ($cancellable.Count - $half) $eightAtATime)/s)"; Seconds = '{0:0.00}' -f $eightAtATime.TotalSeconds; Ratio = '{0:0.00}' -f (($eightAtATime.TotalSeconds / ($cancellable.Count - $half)) / ($oneAtATime.TotalSeconds / $half)) }
    ) | Format-Table -AutoSize | Out-String -Width 200
}
finally {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}
