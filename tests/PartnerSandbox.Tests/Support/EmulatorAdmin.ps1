# The emulator's admin API (test mode only, under /_emulator): what a test sets up and reads back.

function Invoke-EmulatorAdmin {
    <# Calls the emulator's admin API (test mode only), e.g. Invoke-EmulatorAdmin $emulator Post faults @{ ... }. #>
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)] [Microsoft.PowerShell.Commands.WebRequestMethod] $Method,
        [Parameter(Mandatory)] [string] $Path,
        [object] $Body
    )
    $parameters = @{ Method = $Method; Uri = [uri]::new($Emulator.BaseUri, "_emulator/$Path"); SkipCertificateCheck = $true }
    if ($null -ne $Body) {
        $parameters.Body = $Body | ConvertTo-Json -Depth 5
        $parameters.ContentType = 'application/json'
    }
    Invoke-RestMethod @parameters
}

function Get-OrderStateChanges {
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $OrderId)
    (Invoke-EmulatorAdmin $Emulator Get "orders/$([uri]::EscapeDataString($OrderId))/changes").stateChanges
}

function Get-SubscriptionStateChanges {
    <# How often a subscription's state really changed, by the emulator's admin API. #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $SubscriptionId)
    (Invoke-EmulatorAdmin $Emulator Get "subscriptions/$([uri]::EscapeDataString($SubscriptionId))/changes").stateChanges
}

function Get-EmulatorRequests {
    param([Parameter(Mandatory)] $Emulator, [string] $Method)
    @(Invoke-EmulatorAdmin $Emulator Get 'requests') | ForEach-Object { $_ } | Where-Object { -not $Method -or $_.method -eq $Method }
}
