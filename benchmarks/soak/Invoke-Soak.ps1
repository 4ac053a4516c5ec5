<#
.SYNOPSIS
    The chaos test of the Pester suite, long: many rounds of a 75-customer sandbox cleaned up under about a fifth of
    all requests faulted (429, 500, 503, dropped connections, delays past the request timeout, changes whose answers
    are lost) and the documented 500 requests a minute. Each round checks what Chaos.Tests.ps1 checks.
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Build; dotnet pwsh ./benchmarks/soak/Invoke-Soak.ps1 -Rounds 10
#>
param(
    [int] $Rounds = 5,
    [int] $Customers = 75,
    [double] $FaultProbability = 0.035
)

$ErrorActionPreference = 'Stop'
$tests = Join-Path $PSScriptRoot '../../tests/PartnerSandbox.Tests'
Import-Module (Join-Path $tests 'TestSupport.psm1') -Force
Import-Module (Join-Path $tests 'ChaosSupport.psm1') -Force
Import-PartnerSandboxModule

$seedPath = Join-Path ([IO.Path]::GetTempPath()) "partnersandbox-soak-$([guid]::NewGuid()).json"
$customerList = New-ChaosSeed -Path $seedPath -Customers $Customers
$emulator = Start-TestEmulator -Seed $seedPath -ArgumentList '--rate-limit', '500'
try {
    $partner = $emulator.Seed.partners[0]
    Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $partner.tenantId -ClientId $partner.applications[0].clientId `
        -ClientSecret (Get-TestSecret $partner) -SkipCertificateCheck -IntegrationSandbox -RequestTimeout 2 | Out-Null
    $allIds = @($customerList.orders.id)
    $cancellable = @($allIds | Where-Object { Test-ChaosCancellable $_ })

    $report = foreach ($round in 1..$Rounds) {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Add-ChaosFaults $emulator -Probability $FaultProbability
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $results = @(Get-PCSandboxOrder | Stop-PCSandboxOrder -Force -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $watch.Stop()
        Invoke-EmulatorAdmin $emulator Delete 'faults' | Out-Null
        $requests = @(Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*')
        $wrong = @($allIds | Where-Object { (Get-OrderStateChanges $emulator $_) -ne [int]($_ -in $cancellable) })
        $unexpected = @($failures | Where-Object { $_.FullyQualifiedErrorId -notlike 'OrderTooOldToCancel,*' -and $_.FullyQualifiedErrorId -notlike 'SeatBasedSaasNotCancellable,*' })
        [pscustomobject]@{
            Round            = $round
            Seconds          = [Math]::Round($watch.Elapsed.TotalSeconds, 1)
            Requests         = $requests.Count
            Faulted          = @($requests | Where-Object faulted).Count
            Throttled        = @($requests | Where-Object status -eq 429).Count
            Cancelled        = $results.Count
            WrongChanges     = $wrong.Count
            UnexpectedErrors = $unexpected.Count
            Passed           = $results.Count -eq $cancellable.Count -and $wrong.Count -eq 0 -and $unexpected.Count -eq 0
        }
    }
    $report | Format-Table -AutoSize | Out-Host
    if ($report.Passed -contains $false) { exit 1 }
}
finally {
    Disconnect-PCSandbox -ErrorAction SilentlyContinue
    Stop-TestEmulator $emulator
    Remove-Item $seedPath -ErrorAction SilentlyContinue
}
