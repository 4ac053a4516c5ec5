<#
.SYNOPSIS
    A walk through PartnerSandbox against the local emulator: connect, list, -WhatIf, cancel, the 60-day refusal, and a
    reset (subscriptions, then customers).
    Run it with: dotnet pwsh ./build.ps1 -Task Demo
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../PartnerSandbox.Tests/TestSupport.psm1') -Force
Import-Module (Resolve-Path $ModulePath).Path -Force

function Show-Step([string] $Text) { Write-Host "`n=== $Text" -ForegroundColor Cyan }

$emulator = Start-TestEmulator -Seed (Join-Path $PSScriptRoot '../seeds/demo.json') -WithoutAdminApi
try {
    $partner = $emulator.Seed.partners[0]
    $app = $partner.applications[0]

    Show-Step "The emulator is a local Partner Center at $($emulator.BaseUri). Connect to it as the sandbox partner:"
    Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $partner.tenantId -ClientId $app.clientId `
        -ClientSecret (ConvertTo-SecureString $app.clientSecret -AsPlainText -Force) -SkipCertificateCheck -IntegrationSandbox | Format-Table | Out-Host

    Show-Step 'The customers of the partner:'
    Get-PCSandboxCustomer | Format-Table | Out-Host

    Show-Step 'Every order of every customer (Get-PCSandboxOrder with no customer lists them all):'
    $orders = Get-PCSandboxOrder
    $orders | Format-Table | Out-Host

    Show-Step 'The ones that can be cancelled, as far as the orders show (Get-PCSandboxOrder -Cancellable):'
    Get-PCSandboxOrder -Cancellable | Format-Table | Out-Host

    $open = @($orders | Where-Object { -not $_.IsCancelled })
    $recent = @($open | Where-Object Age -le 60)
    $tooOld = @($open | Where-Object Age -gt 60)

    Show-Step 'What -WhatIf says it would do (nothing is sent):'
    $recent | Stop-PCSandboxOrder -WhatIf -ErrorAction Continue

    Show-Step 'Cancel the recent orders; the service refuses the kinds that cannot be cancelled by order:'
    $recent | Stop-PCSandboxOrder -Confirm:$false -PassThru -ErrorAction Continue | Format-Table | Out-Host

    Show-Step 'An order older than 60 days is refused before anything is sent:'
    $tooOld | Stop-PCSandboxOrder -Confirm:$false -ErrorAction Continue

    Show-Step 'The orders now:'
    $orders | Get-PCSandboxOrder | Format-Table | Out-Host

    Show-Step 'Reset the sandbox. First the subscriptions cancelled through the subscription (an Azure plan is suspended):'
    Get-PCSandboxSubscription -Cancellable | Stop-PCSandboxSubscription -Confirm:$false -PassThru | Sort-Object CustomerId | Format-Table | Out-Host

    Show-Step 'Then the customers, cancelling first what blocks each removal; what cannot be cancelled keeps its customer:'
    Get-PCSandboxCustomer | Remove-PCSandboxCustomer -CancelOrders -Confirm:$false -ErrorAction Continue
    Get-PCSandboxCustomer | Format-Table | Out-Host
    Disconnect-PCSandbox
}
finally {
    Stop-TestEmulator $emulator
}
exit 0
