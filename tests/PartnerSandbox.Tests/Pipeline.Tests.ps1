# The examples of the pipeline experience, as a user types them, against a real emulator process.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    $script:allOrders = @(Get-SeedOrder $partner)
    Connect-TestPartner $emulator | Out-Null

    # What -Cancellable must select, from the seed: open, at most 60 days old, not a product cancelled by subscription.
    function script:Test-SeedCancellable($order) {
        $order.status -ne 'cancelled' -and $order.age -le 60 -and $order.productType -notin 'azurePlan', 'newCommerce'
    }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Get-PCSandboxCustomer' {
    It 'lists every customer of the partner, and none of another partner' {
        $customers = @(Get-PCSandboxCustomer)

        $customers | Should -BeOfType PartnerSandbox.PCSandboxCustomer
        ($customers.CustomerId | Sort-Object) | Should -Be ($partner.customers.id | Sort-Object)
        $other = (Get-SeedPartner $emulator production).customers.id
        $customers.CustomerId | Where-Object { $_ -in $other } | Should -BeNullOrEmpty
    }

    It 'finds customers whose company name starts with -Name' {
        $target = $partner.customers[0]
        $prefix = $target.companyName.Substring(0, 4)

        $found = @(Get-PCSandboxCustomer -Name $prefix)

        $found.CustomerId | Should -Contain $target.id
        $found | ForEach-Object { $_.CompanyName | Should -BeLike "$prefix*" }
    }

    It 'gets customers by id, with their domain and relationship' {
        $target = $partner.customers[1]

        $customer = Get-PCSandboxCustomer -CustomerId $target.id

        $customer.CompanyName | Should -Be $target.companyName
        $customer.Domain | Should -Be $target.domain
        $customer.Relationship | Should -Not -BeNullOrEmpty
    }
}

Describe 'Get-PCSandboxOrder over many customers' {
    It 'lists the orders of every customer when no customer is given' {
        $orders = @(Get-PCSandboxOrder)

        ($orders.OrderId | Sort-Object) | Should -Be ($allOrders.id | Sort-Object)
    }

    It 'finds an -OrderId among every customer''s orders when no customer is given' {
        $seed = $allOrders | Where-Object customerId -eq $partner.customers[1].id | Select-Object -First 1

        $found = @(Get-PCSandboxOrder -OrderId $seed.id -ErrorVariable failures)

        $failures | Should -BeNullOrEmpty
        $found.OrderId | Should -Be @($seed.id)
        $found.CustomerId | Should -Be @($seed.customerId)
    }

    It 'takes customers from Get-PCSandboxCustomer -Name and filters by Age downstream' {
        $target = $partner.customers[0]
        $expected = @($allOrders | Where-Object { $_.customerId -eq $target.id -and $_.age -lt 30 })

        $orders = @(Get-PCSandboxCustomer -Name $target.companyName | Get-PCSandboxOrder | Where-Object Age -lt 30)

        ($orders.OrderId | Sort-Object) | Should -Be ($expected.id | Sort-Object)
    }

    It 'selects with -Cancellable exactly the orders that can be cancelled, with a reason on the others' {
        $expected = @($allOrders | Where-Object { Test-SeedCancellable $_ })

        $orders = @(Get-PCSandboxOrder -Cancellable)
        $others = @(Get-PCSandboxOrder | Where-Object { -not $_.IsCancellable })

        ($orders.OrderId | Sort-Object) | Should -Be ($expected.id | Sort-Object)
        $others | ForEach-Object { $_.NotCancellableReason | Should -Not -BeNullOrEmpty }
    }

    It 'matches -Status case-insensitively and ignoring underscores' {
        $orders = @(Get-PCSandboxOrder -Status 'CANCELLED')

        $orders.Count | Should -Be @($allOrders | Where-Object status -eq 'cancelled').Count
        $orders.Status | Select-Object -Unique | Should -Be 'cancelled'
    }

    It 'sends -BillingCycle to the service as billingType' {
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null

        $orders = @(Get-PCSandboxOrder -BillingCycle OneTime)

        $orders.Count | Should -BeGreaterThan 0
        $orders.BillingCycle | Select-Object -Unique | Should -Be 'one_time'
        $listings = @(Get-EmulatorRequests $emulator GET | Where-Object path -like '*/orders')
        $listings.Count | Should -Be $partner.customers.Count
        $listings.query | ForEach-Object { $_ | Should -Match 'billingType=OneTime' }
    }

    It 'keeps orders created between -CreatedAfter and -CreatedBefore' {
        $expected = @($allOrders | Where-Object { $_.age -ge 5 -and $_.age -le 20 })

        $orders = @(Get-PCSandboxOrder -CreatedAfter (Get-Date).AddDays(-20.5) -CreatedBefore (Get-Date).AddDays(-4.5))

        ($orders.OrderId | Sort-Object) | Should -Be ($expected.id | Sort-Object)
    }

    It 'asks for prices with -IncludePrice' {
        $order = Get-PCSandboxOrder -IncludePrice | Select-Object -First 1

        $order.TotalPrice | Should -Not -BeNullOrEmpty
    }

    It 'gives PowerShell''s binding error for piped objects without a CustomerId, and goes on with the others' {
        $rows = @([pscustomobject]@{ Name = 'no id here' }, [pscustomobject]@{ CustomerId = $partner.customers[0].id })

        $orders = @($rows | Get-PCSandboxOrder -ErrorVariable failures -ErrorAction SilentlyContinue)

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'InputObjectNotBound,*'
        $orders.Count | Should -BeGreaterThan 0
    }
}

Describe 'Argument completion' {
    It 'completes -CustomerId from the connection''s customers, by id or company name' {
        $line = 'Get-PCSandboxOrder -CustomerId '
        $all = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        ($all.CompletionText | Sort-Object) | Should -Be ($partner.customers.id | Sort-Object)
        $named = $partner.customers[0]
        $line = "Stop-PCSandboxOrder -CustomerId $($named.companyName.Substring(0, 3))"
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain $named.id
    }

    It 'completes -Status and -BillingCycle from the contract''s values' {
        $line = 'Get-PCSandboxOrder -Status pend'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText |
            Should -Be @('pending', 'pending_po_upload', 'pending_review')
        $line = 'Get-PCSandboxOrder -BillingCycle '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'one_time'
    }
}

Describe 'Stop-PCSandboxOrder in pipelines' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'Get-PCSandboxOrder -Cancellable | Stop-PCSandboxOrder -Confirm:$false -PassThru cancels each once' {
        $candidates = @($allOrders | Where-Object { Test-SeedCancellable $_ })
        $accepted = @($candidates | Where-Object productType -ne 'saasSeatBased')

        $results = @(Get-PCSandboxOrder -Cancellable | Stop-PCSandboxOrder -Confirm:$false -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue)

        ($results.OrderId | Sort-Object) | Should -Be ($accepted.id | Sort-Object)
        $results.Status | Select-Object -Unique | Should -Be 'cancelled'
        $failures.FullyQualifiedErrorId | ForEach-Object { $_ | Should -BeLike 'SeatBasedSaasNotCancellable,*' }
        foreach ($order in $allOrders) {
            Get-OrderStateChanges $emulator $order.id | Should -Be ([int]($order.id -in $accepted.id)) -Because $order.id
        }
    }

    It 'Import-Csv ./orders.csv | Stop-PCSandboxOrder -WhatIf sends no change' {
        $csv = Join-Path $TestDrive 'orders.csv'
        $allOrders | Select-Object @{ n = 'CustomerId'; e = { $_.customerId } }, @{ n = 'OrderId'; e = { $_.id } } | Export-Csv $csv

        Import-Csv $csv | Stop-PCSandboxOrder -WhatIf -WarningAction SilentlyContinue -ErrorAction SilentlyContinue

        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
    }

    It 'Get-PCSandboxOrder -Status completed -CreatedAfter ... | Stop-PCSandboxOrder -Force -ThrottleLimit 8 cancels without asking' {
        $recent = @($allOrders | Where-Object { $_.status -ne 'cancelled' -and $_.age -le 7 -and $_.productType -in 'reservedInstance', 'perpetualSoftware', 'softwareSubscription', 'saas' })

        Get-PCSandboxOrder -Status completed -CreatedAfter (Get-Date).AddDays(-7.5) | Stop-PCSandboxOrder -Force -ThrottleLimit 8 -ErrorAction SilentlyContinue

        $recent.Count | Should -BeGreaterThan 1
        foreach ($order in $recent) { Get-OrderStateChanges $emulator $order.id | Should -Be 1 -Because $order.id }
        @(Get-EmulatorRequests $emulator PATCH | Where-Object status -eq 200).Count | Should -Be $recent.Count
    }

    It 'stops at the first error with -ErrorAction Stop, as a runbook with $ErrorActionPreference = Stop expects' {
        $good = $allOrders | Where-Object { (Test-SeedCancellable $_) -and $_.productType -ne 'saasSeatBased' } | Select-Object -First 1
        $rows = @(
            [pscustomobject]@{ CustomerId = $good.customerId; OrderId = 'no-such-order' }
            [pscustomobject]@{ CustomerId = $good.customerId; OrderId = $good.id }
        )

        { $rows | Stop-PCSandboxOrder -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'OrderNotFound,PartnerSandbox.Commands.StopPCSandboxOrderCommand'
        Get-OrderStateChanges $emulator $good.id | Should -Be 0
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
    }

    It '-Force still obeys -WhatIf' {
        $order = Get-PCSandboxOrder -Cancellable | Select-Object -First 1

        $order | Stop-PCSandboxOrder -Force -WhatIf

        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
    }

    It 'skips an already cancelled order with a warning and no request, so a cleanup can run again' {
        $cancelled = $allOrders | Where-Object status -eq 'cancelled' | Select-Object -First 1

        Stop-PCSandboxOrder -CustomerId $cancelled.customerId -OrderId $cancelled.id -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue -ErrorVariable failures

        $failures | Should -BeNullOrEmpty
        $warnings.Count | Should -Be 2
        $warnings[0].Message | Should -Match 'already cancelled; skipped, nothing was sent'
        $warnings[1].Message | Should -Be 'Stop-PCSandboxOrder: 0 cancelled, 1 already cancelled, 0 refused by Partner Center, 0 failed.'
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
    }

    It 'cancels an order that comes twice in the input once' {
        $seed = $allOrders | Where-Object { (Test-SeedCancellable $_) -and $_.productType -ne 'saasSeatBased' } | Select-Object -First 1
        $order = Get-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id

        @($order, $order) | Stop-PCSandboxOrder -Confirm:$false -WarningVariable warnings -WarningAction SilentlyContinue

        Get-OrderStateChanges $emulator $order.OrderId | Should -Be 1
        @(Get-EmulatorRequests $emulator PATCH).Count | Should -Be 1
        $warnings[0].Message | Should -Match 'once'
    }
}
