# The subscription and customer cmdlets with many inputs and concurrency above 1: the identities that come out are
# exactly those that went in, every change is made once, and nothing else changes.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    # 60 customers, each with three subscriptions: new commerce bought 2 days ago (cancellable), new commerce bought 9
    # days ago (past its 7 days), and a reservation (cancelled by order, and blocking the customer's removal).
    $script:customerIds = 1..60 | ForEach-Object { 'cccc{0:d4}-0000-4000-8000-000000000070' -f $_ }
    function script:SubscriptionId([string] $CustomerId, [int] $Kind) { 'dddd{0}-0000-4000-8000-00000000000{1}' -f $CustomerId.Substring(4, 4), $Kind }
    $nce = 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF'
    $seed = @{
        partners = @(@{
                tenantId     = 'aaaaaaaa-0000-4000-8000-000000000070'
                name         = 'Subscription pipeline partner'
                kind         = 'sandbox'
                applications = @(@{ clientId = 'bbbbbbbb-0000-4000-8000-000000000070'; clientSecret = 'subscriptions-' + [guid]::NewGuid() })
                customers    = @($customerIds | ForEach-Object {
                        $n = $_.Substring(4, 4)
                        @{
                            id = $_; companyName = "Subscription customer $n"
                            orders = @(
                                @{ id = "nce-recent-$n"; productType = 'newCommerce'; ageDays = 2; lineItems = @(@{ offerId = $nce; subscriptionId = (SubscriptionId $_ 1); quantity = 1; termDuration = 'P1M' }) }
                                @{ id = "nce-old-$n"; productType = 'newCommerce'; ageDays = 9; lineItems = @(@{ offerId = $nce; subscriptionId = (SubscriptionId $_ 2); quantity = 1; termDuration = 'P1M' }) }
                                @{ id = "ri-$n"; productType = 'reservedInstance'; ageDays = 3; lineItems = @(@{ offerId = 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL'; subscriptionId = (SubscriptionId $_ 3); quantity = 1; termDuration = 'P1Y' }) }
                            )
                        }
                    })
            })
    }
    $seedPath = Join-Path $TestDrive 'subscriptions.json'
    $seed | ConvertTo-Json -Depth 8 | Set-Content $seedPath
    $script:emulator = Start-TestEmulator -Seed $seedPath
    Connect-TestPartner $emulator | Out-Null

    $script:recentKeys = @($customerIds | ForEach-Object { "$_/$(SubscriptionId $_ 1)" } | Sort-Object)
    $script:oldKeys = @($customerIds | ForEach-Object { "$_/$(SubscriptionId $_ 2)" } | Sort-Object)
    $script:reservationKeys = @($customerIds | ForEach-Object { "$_/$(SubscriptionId $_ 3)" } | Sort-Object)
    $script:allKeys = @($recentKeys + $oldKeys + $reservationKeys | Sort-Object)
    function script:Keys($objects) { @($objects | ForEach-Object { '{0}/{1}' -f $_.CustomerId, $_.SubscriptionId } | Sort-Object) }
    function script:Get-Changes([string[]] $Keys) { $Keys | ForEach-Object { Get-SubscriptionStateChanges $emulator $_.Split('/')[1] } }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Get-PCSandboxSubscription from the pipeline' {
    It 'customers give every one of their 180 subscriptions' {
        Keys (Get-PCSandboxCustomer | Get-PCSandboxSubscription) | Should -Be $allKeys
    }

    It 'orders give each the subscription it began' {
        $subscriptions = @(Get-PCSandboxOrder | Get-PCSandboxSubscription)

        Keys $subscriptions | Should -Be $allKeys
        $subscriptions | ForEach-Object { $_.OrderId.Split('-')[-1] | Should -Be $_.CustomerId.Substring(4, 4) }
    }

    It 'subscriptions give themselves back' {
        $listed = @(Get-PCSandboxSubscription)

        Keys ($listed | Get-PCSandboxSubscription) | Should -Be $allKeys
    }
}

Describe 'Stop-PCSandboxSubscription from the pipeline, eight at a time' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'subscription objects: each recent one cancelled once, each other an error naming it, nothing else changed' {
        $results = @(Get-PCSandboxSubscription | Stop-PCSandboxSubscription -Force -PassThru -ThrottleLimit 8 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        Keys $results | Should -Be $recentKeys
        $results.Status | Select-Object -Unique | Should -Be 'deleted'
        Keys ($failures | Where-Object FullyQualifiedErrorId -like 'CancellationWindowPassed,*').TargetObject | Should -Be $oldKeys
        Keys ($failures | Where-Object FullyQualifiedErrorId -like 'CancelOrderInstead,*').TargetObject | Should -Be $reservationKeys
        @(Get-EmulatorRequests $emulator PATCH).Count | Should -Be 60
        Get-Changes $recentKeys | Select-Object -Unique | Should -Be 1
        Get-Changes ($oldKeys + $reservationKeys) | Select-Object -Unique | Should -Be 0
    }

    It 'orders: the same outcome, each order''s subscription read through one listing per customer' {
        $results = @(Get-PCSandboxOrder | Stop-PCSandboxSubscription -Force -PassThru -ThrottleLimit 8 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        Keys $results | Should -Be $recentKeys
        Keys $failures.TargetObject | Should -Be @($oldKeys + $reservationKeys | Sort-Object)
        @(Get-EmulatorRequests $emulator GET | Where-Object path -like '*/subscriptions').Count | Should -Be 60
        @(Get-EmulatorRequests $emulator PATCH).Count | Should -Be 60
        Get-Changes $recentKeys | Select-Object -Unique | Should -Be 1
        Get-Changes ($oldKeys + $reservationKeys) | Select-Object -Unique | Should -Be 0
    }

    It 'Import-Csv rows in any order: the same outcome, with one listing per customer' {
        $csv = Join-Path $TestDrive 'subscriptions.csv'
        $allKeys | ForEach-Object { $c, $s = $_ -split '/'; [pscustomobject]@{ CustomerId = $c; SubscriptionId = $s } } | Sort-Object { [guid]::NewGuid() } | Export-Csv $csv

        $results = @(Import-Csv $csv | Stop-PCSandboxSubscription -Force -PassThru -ThrottleLimit 8 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        Keys $results | Should -Be $recentKeys
        Keys $failures.TargetObject | Should -Be @($oldKeys + $reservationKeys | Sort-Object)
        $requests = @(Get-EmulatorRequests $emulator)
        @($requests | Where-Object { $_.method -eq 'GET' -and $_.path -like '*/subscriptions' }).Count | Should -Be 60
        @($requests | Where-Object method -eq 'PATCH').Count | Should -Be 60
        Get-Changes $recentKeys | Select-Object -Unique | Should -Be 1
        Get-Changes ($oldKeys + $reservationKeys) | Select-Object -Unique | Should -Be 0
    }
}

Describe 'Remove-PCSandboxCustomer from the pipeline, six at a time' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'removes all 60 customers, cancelling each one''s reservation once and nothing else' {
        Get-PCSandboxCustomer | Remove-PCSandboxCustomer -CancelOrders -Force -ThrottleLimit 6 -WarningVariable warnings -WarningAction SilentlyContinue

        Get-PCSandboxCustomer | Should -BeNullOrEmpty
        $patched = @(Get-EmulatorRequests $emulator PATCH)
        @($patched.path | Sort-Object) | Should -Be @($customerIds | ForEach-Object { "/v1/customers/$_/orders/ri-$($_.Substring(4, 4))" } | Sort-Object)
        $patched.status | Select-Object -Unique | Should -Be 200
        @(Get-EmulatorRequests $emulator DELETE | Where-Object status -eq 204).Count | Should -Be 60
        $warnings[-1].Message | Should -Be 'Remove-PCSandboxCustomer: 60 removed, 0 refused by Partner Center, 0 failed.'
    }
}
