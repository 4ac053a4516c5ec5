<#
.SYNOPSIS
    A walk through PartnerSandbox against the local emulator: connect, list, -WhatIf, cancel, the 60-day refusal, and a
    reset (subscriptions, then customers). Each command is shown as a person would type it (PS> ...), then its output
    as an 80-column terminal shows it.
    Run it with: dotnet pwsh ./build.ps1 -Task Demo
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '../PartnerSandbox.Tests/TestSupport.psm1') -Force
Import-Module (Resolve-Path $ModulePath).Path -Force

function Show-Step([string] $Text) { Write-Host "`n# $Text" -ForegroundColor Cyan }

function Invoke-DemoCommand([string] $Command) {
    <# Shows the command, then runs exactly that text; its variables ($secret) are the demo's own. #>
    Write-Host "PS> $Command" -ForegroundColor Yellow
    & ([scriptblock]::Create($Command)) | Out-String -Width 80 -Stream | Out-Host
}

$emulator = Start-TestEmulator -Seed (Join-Path $PSScriptRoot '../seeds/demo.json') -WithoutAdminApi
try {
    $partner = $emulator.Seed.partners[0]
    $app = $partner.applications[0]
    $secret = ConvertTo-SecureString $app.clientSecret -AsPlainText -Force

    Show-Step "The emulator is a local Partner Center at $($emulator.BaseUri). Connect to it as its sandbox partner; `$secret is the app's client secret as a SecureString (type it with: `$secret = Read-Host -AsSecureString)."
    Invoke-DemoCommand "Connect-PCSandbox -Endpoint $($emulator.BaseUri) -TenantId $($partner.tenantId) -ClientId $($app.clientId) -ClientSecret `$secret -SkipCertificateCheck -IntegrationSandbox"

    Show-Step 'The customers of the partner, then those whose name ends with Toys (-Name takes wildcards):'
    Invoke-DemoCommand 'Get-PCSandboxCustomer'
    Invoke-DemoCommand "Get-PCSandboxCustomer -Name '*Toys'"

    Show-Step 'Every order of every customer (Get-PCSandboxOrder with no customer lists them all):'
    Invoke-DemoCommand 'Get-PCSandboxOrder'

    Show-Step 'The ones that can be cancelled, as far as the orders show:'
    Invoke-DemoCommand 'Get-PCSandboxOrder -Cancellable'

    Show-Step 'What -WhatIf says for the open orders of the last 60 days (nothing is sent; the ones known not to be cancellable by order say why):'
    Invoke-DemoCommand 'Get-PCSandboxOrder | Where-Object { -not $_.IsCancelled -and $_.Age -le 60 } | Stop-PCSandboxOrder -WhatIf -ErrorAction Continue'

    Show-Step 'Cancel them; the service refuses the kinds that cannot be cancelled by order:'
    Invoke-DemoCommand 'Get-PCSandboxOrder | Where-Object { -not $_.IsCancelled -and $_.Age -le 60 } | Stop-PCSandboxOrder -Confirm:$false -PassThru -ErrorAction Continue'

    Show-Step 'An order older than 60 days is refused before anything is sent:'
    Invoke-DemoCommand 'Get-PCSandboxOrder | Where-Object { -not $_.IsCancelled -and $_.Age -gt 60 } | Stop-PCSandboxOrder -Confirm:$false -ErrorAction Continue'

    Show-Step 'The orders now:'
    Invoke-DemoCommand 'Get-PCSandboxOrder'

    Show-Step 'Reset the sandbox. First the subscriptions cancelled through the subscription (an Azure plan is suspended):'
    Invoke-DemoCommand 'Get-PCSandboxSubscription -Cancellable | Stop-PCSandboxSubscription -Confirm:$false -PassThru'

    Show-Step 'Then the customers, cancelling first what blocks each removal; what cannot be cancelled keeps its customer:'
    Invoke-DemoCommand 'Get-PCSandboxCustomer | Remove-PCSandboxCustomer -CancelOrders -Confirm:$false -ErrorAction Continue'
    Invoke-DemoCommand 'Get-PCSandboxCustomer'

    Show-Step 'Close the connection (-PassThru shows which):'
    Invoke-DemoCommand 'Disconnect-PCSandbox -PassThru'
}
finally {
    Stop-TestEmulator $emulator
}
exit 0
