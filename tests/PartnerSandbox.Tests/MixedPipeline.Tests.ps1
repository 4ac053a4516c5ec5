# 200 orders in one pipeline, mixing good ones, too-old ones, unknown ones and already-cancelled ones.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    # A seed made for this test: one sandbox partner, four customers, 170 seeded orders; 30 more ids are unknown.
    $customers = 1..4 | ForEach-Object { '{0:d8}-0000-4000-8000-00000000000{0}' -f $_ }
    $orders = foreach ($n in 1..170) {
        $kind = if ($n -le 120) { 'good' } elseif ($n -le 150) { 'old' } else { 'cancelled' }
        [pscustomobject]@{
            Customer = $customers[$n % 4]
            Seed     = [ordered]@{
                id          = 'mix-{0:d3}-{1}' -f $n, $kind
                productType = 'perpetualSoftware'
                ageDays     = if ($kind -eq 'old') { 61 + $n % 30 } else { $n % 50 }
                status      = if ($kind -eq 'cancelled') { 'cancelled' } else { 'completed' }
                lineItems   = @(@{ offerId = 'DG7GMGF0D7FV:0002:DG7GMGF0D3SK'; friendlyName = 'Windows Server 2022 Standard'; quantity = 1 })
            }
        }
    }
    $seed = @{
        partners = @(@{
                tenantId     = 'aaaaaaaa-0000-4000-8000-000000000200'
                name         = 'Mixed pipeline partner'
                kind         = 'sandbox'
                applications = @(@{ clientId = 'bbbbbbbb-0000-4000-8000-000000000200'; clientSecret = 'mixed-secret-' + [guid]::NewGuid() })
                customers    = @($customers | ForEach-Object {
                        $id = $_
                        @{ id = $id; companyName = "Customer $id"; domain = "c$($id.Substring(0, 8)).onmicrosoft.com"; orders = @(($orders | Where-Object Customer -eq $id).Seed) }
                    })
            })
    }
    $seedPath = Join-Path $TestDrive 'mixed.json'
    $seed | ConvertTo-Json -Depth 8 | Set-Content $seedPath

    $script:emulator = Start-TestEmulator -Seed $seedPath
    $script:orders = $orders
    Connect-TestPartner $emulator | Out-Null
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'A pipeline of 200 mixed orders' {
    It 'cancels every good order once and reports every other one, touching nothing else' {
        $unknown = 1..30 | ForEach-Object { [pscustomobject]@{ CustomerId = $orders[0].Customer; OrderId = "no-such-order-$_" } }
        $random = [System.Random]::new(7)
        # The kinds interleaved, in the same order on every run.
        $rows = @(@($orders | ForEach-Object { [pscustomobject]@{ CustomerId = $_.Customer; OrderId = $_.Seed.id } }) + $unknown | Sort-Object { $random.Next() })
        $rows.Count | Should -Be 200

        $results = @($rows | Stop-PCSandboxOrder -Confirm:$false -PassThru -ThrottleLimit 4 `
                -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)

        $ids = $orders.Seed.id
        ($results.OrderId | Sort-Object) | Should -Be ($ids -like '*-good' | Sort-Object)
        @($failures | Where-Object FullyQualifiedErrorId -like 'OrderTooOldToCancel,*').Count | Should -Be 30
        @($failures | Where-Object FullyQualifiedErrorId -like 'OrderNotFound,*').Count | Should -Be 30
        $failures.Count | Should -Be 60
        @($warnings | Where-Object Message -NotLike 'Stop-PCSandboxOrder:*').Count | Should -Be 20
        # The summary at the end counts each of the 200 rows once, by what became of it.
        $summary = @($warnings | Where-Object Message -Like 'Stop-PCSandboxOrder:*')
        $summary.Count | Should -Be 1
        $summary[0].Message | Should -Match ': 120 cancelled, 20 already cancelled, 30 refused by Partner Center \(OrderNotFound 30\), 30 not sent \(OrderTooOldToCancel 30\), 0 failed\.$'
        foreach ($id in $ids) {
            Get-OrderStateChanges $emulator $id | Should -Be ([int]($id -like '*-good')) -Because $id
        }
        @(Get-EmulatorRequests $emulator PATCH).Count | Should -Be 120
    }
}
