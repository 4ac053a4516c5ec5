# About a fifth of all requests faulted, of every kind, under a tight rate limit: afterwards every cancellable order
# changed exactly once, nothing else changed, and no error surfaced but the rules' own refusals.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    # 40 customers x 8 orders: 5 cancellable, 1 seat-based SaaS (the service refuses it), 1 too old, 1 already cancelled.
    $kinds = @('ri', 'perpetual', 'software', 'ri2', 'saas', 'seat', 'old', 'cancelled')
    $script:customers = foreach ($c in 1..40) {
        $id = 'dddd{0:d4}-0000-4000-8000-00000000c4a0' -f $c
        $orders = foreach ($kind in $kinds) {
            $productType, $offer = switch -Wildcard ($kind) {
                'ri*' { 'reservedInstance', 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL' }
                'perpetual' { 'perpetualSoftware', 'DG7GMGF0D7FV:0002:DG7GMGF0D3SK' }
                'software' { 'softwareSubscription', 'DG7GMGF0FKZV:0003:DG7GMGF0DWMS' }
                'saas' { 'saas', 'DZH318Z0BR37:0001:DZH318Z0BTSD' }
                'seat' { 'saasSeatBased', 'DZH318Z0BR38:0002:DZH318Z0BTSE' }
                default { 'reservedInstance', 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL' }
            }
            [ordered]@{
                id          = 'chaos-{0:d2}-{1}' -f $c, $kind
                productType = $productType
                ageDays     = if ($kind -eq 'old') { 75 } else { 1 + $c % 30 }
                status      = if ($kind -eq 'cancelled') { 'cancelled' } else { 'completed' }
                lineItems   = @(@{ offerId = $offer; friendlyName = $kind; quantity = 1 })
            }
        }
        @{ id = $id; companyName = "Chaos customer $c"; domain = "chaos$c.onmicrosoft.com"; orders = @($orders) }
    }
    $seed = @{
        partners = @(@{
                tenantId = 'aaaaaaaa-0000-4000-8000-00000000c4a0'; name = 'Chaos partner'; kind = 'sandbox'
                applications = @(@{ clientId = 'bbbbbbbb-0000-4000-8000-00000000c4a0'; clientSecret = 'chaos-' + [guid]::NewGuid() })
                customers = @($customers)
            })
    }
    $seedPath = Join-Path $TestDrive 'chaos.json'
    $seed | ConvertTo-Json -Depth 8 | Set-Content $seedPath
    # A tight limit: the run needs more requests than a minute allows.
    $script:emulator = Start-TestEmulator -Seed $seedPath -ArgumentList '--rate-limit', '300'
    $partner = $emulator.Seed.partners[0]
    Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $partner.tenantId -ClientId $partner.applications[0].clientId `
        -ClientSecret (Get-TestSecret $partner) -SkipCertificateCheck -IntegrationSandbox -RequestTimeout 2 | Out-Null

    $script:allIds = @($customers.orders.id)
    $script:cancellableIds = @($allIds | Where-Object { $_ -match '-(ri|perpetual|software|ri2|saas)$' })
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'A cleanup under chaos' {
    It 'changes every cancellable order exactly once, nothing else, and reports only the rules'' refusals' {
        # Each kind at about 3.5%, each from its own seeded sequence: about a fifth of all requests in all. The kinds
        # that act after the change lose the answer to a change that was made (held past the 2-second request timeout,
        # or dropped).
        $faults = @(
            @{ kind = 'status'; status = 429; retryAfterSeconds = 1; probability = 0.035; seed = 11 }
            @{ kind = 'status'; status = 500; probability = 0.035; seed = 12 }
            @{ kind = 'status'; status = 503; probability = 0.035; seed = 13 }
            @{ kind = 'drop'; probability = 0.035; seed = 14 }
            @{ kind = 'delay'; delayMs = 3000; probability = 0.035; seed = 15 }
            @{ kind = 'applyThenDrop'; method = 'PATCH'; probability = 0.035; seed = 16 }
            @{ kind = 'applyThenDelay'; method = 'PATCH'; delayMs = 3000; probability = 0.035; seed = 17 }
        )
        foreach ($fault in $faults) { Invoke-EmulatorAdmin $emulator Post 'faults' ($fault + @{ pathContains = '/v1/' }) | Out-Null }

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
