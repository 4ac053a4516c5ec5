# About a fifth of all requests faulted, of every kind, under a tight rate limit: afterwards every cancellable order
# changed exactly once, nothing else changed, and no error surfaced but the rules' own refusals.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'ChaosSupport.psm1') -Force
    Import-PartnerSandboxModule

    $seedPath = Join-Path $TestDrive 'chaos.json'
    $script:customers = New-ChaosSeed -Path $seedPath -Customers 40
    # A tight limit: the run needs more requests than a minute allows.
    $script:emulator = Start-TestEmulator -Seed $seedPath -ArgumentList '--rate-limit', '300'
    $partner = $emulator.Seed.partners[0]
    Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $partner.tenantId -ClientId $partner.applications[0].clientId `
        -ClientSecret (Get-TestSecret $partner) -SkipCertificateCheck -IntegrationSandbox -RequestTimeout 2 | Out-Null

    $script:allIds = @($customers.orders.id)
    $script:cancellableIds = @($allIds | Where-Object { Test-ChaosCancellable $_ })
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'A cleanup under chaos' {
    It 'changes every cancellable order exactly once, nothing else, and reports only the rules'' refusals' {
        Add-ChaosFaults $emulator

        $results = @(Get-PCSandboxOrder | Stop-PCSandboxOrder -Force -PassThru -ThrottleLimit 8 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)
        Invoke-EmulatorAdmin $emulator Delete 'faults' | Out-Null

        $requests = @(Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*')
        @($requests | Where-Object faulted).Count | Should -BeGreaterThan ($requests.Count / 10) -Because 'the run really met its faults'
        @($requests | Where-Object status -eq 429).Count | Should -BeGreaterThan 0 -Because 'the rate limit and the 429 faults both throttled it'
        ($results.OrderId | Sort-Object) | Should -Be ($cancellableIds | Sort-Object)
        $results.Status | Select-Object -Unique | Should -Be 'cancelled'
        $byId = @($failures | Group-Object { $_.FullyQualifiedErrorId.Split(',')[0] } | Sort-Object Name | ForEach-Object { '{0} {1}' -f $_.Name, $_.Count })
        $byId | Should -Be @('OrderTooOldToCancel 40', 'SeatBasedSaasNotCancellable 40')
        $warnings[-1].Message | Should -Be 'Stop-PCSandboxOrder: 200 cancelled, 40 already cancelled, 40 refused by Partner Center (SeatBasedSaasNotCancellable 40), 40 not sent (OrderTooOldToCancel 40), 0 failed.'
        foreach ($id in $allIds) {
            Get-OrderStateChanges $emulator $id | Should -Be ([int]($id -in $cancellableIds)) -Because $id
        }
    }
}
