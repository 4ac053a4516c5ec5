BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    $script:cancellable = @(Get-SeedOrder $partner { $args[0].status -ne 'cancelled' -and $args[0].age -le 30 -and $args[0].productType -in 'reservedInstance', 'perpetualSoftware', 'softwareSubscription' })
    $script:customerId = $cancellable[0].customerId
    Connect-TestPartner $emulator | Out-Null
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Get-PCSandboxOrder' {
    It 'lists every order of a customer as order objects' {
        $expected = @((Get-SeedOrder $partner { $true }) | Where-Object customerId -eq $customerId)

        $orders = @(Get-PCSandboxOrder -CustomerId $customerId)

        $orders.Count | Should -Be $expected.Count
        $orders | Should -BeOfType PartnerSandbox.PCSandboxOrder
        ($orders.OrderId | Sort-Object) | Should -Be ($expected.id | Sort-Object)
        $orders.CustomerId | Select-Object -Unique | Should -Be $customerId
    }

    It 'gets one order with -OrderId, with its age and line items' {
        $seed = $cancellable[0]

        $order = Get-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id

        $order.OrderId | Should -Be $seed.id
        $order.Age | Should -Be $seed.age
        $order.LineItems.Count | Should -Be @($seed.lineItems).Count
    }

    It 'takes customer ids by property name from the pipeline' {
        $rows = @([pscustomobject]@{ CustomerId = $customerId })

        $orders = @($rows | Get-PCSandboxOrder)

        $orders.Count | Should -BeGreaterThan 0
    }

    It 'gives ObjectNotFound for an unknown order' {
        $orders = @(Get-PCSandboxOrder -CustomerId $customerId -OrderId 'no-such-order' -ErrorVariable failures -ErrorAction SilentlyContinue)

        $orders.Count | Should -Be 0
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OrderNotFound,*'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}

Describe 'Stop-PCSandboxOrder' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'sends nothing with -WhatIf and leaves the order as it was' {
        $seed = $cancellable[0]
        $before = Get-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id

        $before | Stop-PCSandboxOrder -WhatIf

        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
        Get-OrderStateChanges $emulator $seed.id | Should -Be 0
        $before.Status | Should -Not -Be 'cancelled'
        (Get-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id).Status | Should -Be $before.Status
    }

    It 'asks for confirmation by default (and so fails in a non-interactive session without cancelling)' {
        $seed = $cancellable[0]
        $order = Get-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id

        { $order | Stop-PCSandboxOrder -ErrorAction Stop } | Should -Throw -ErrorId 'ConfirmationNotPossible,PartnerSandbox.Commands.StopPCSandboxOrderCommand'
        Get-OrderStateChanges $emulator $seed.id | Should -Be 0
    }

    It 'cancels with -Confirm:$false and writes the cancelled order with -PassThru' {
        $seed = $cancellable[0]

        $result = Get-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id | Stop-PCSandboxOrder -Confirm:$false -PassThru

        $result | Should -BeOfType PartnerSandbox.PCSandboxOrder
        $result.OrderId | Should -Be $seed.id
        $result.Status | Should -Be 'cancelled'
        Get-OrderStateChanges $emulator $seed.id | Should -Be 1
    }

    It 'writes nothing without -PassThru' {
        $seed = $cancellable[1]

        $result = Stop-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id -Confirm:$false

        $result | Should -BeNullOrEmpty
        Get-OrderStateChanges $emulator $seed.id | Should -Be 1
    }

    It 'refuses an order older than 60 days with OrderTooOldToCancel and sends no PATCH' {
        $old = Get-SeedOrder $partner { $args[0].age -gt 60 -and $args[0].status -ne 'cancelled' } | Select-Object -First 1

        Stop-PCSandboxOrder -CustomerId $old.customerId -OrderId $old.id -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OrderTooOldToCancel,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failures[0].TargetObject.OrderId | Should -Be $old.id
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
    }

    It 'reports an unknown order as ObjectNotFound and still cancels the next piped order' {
        $good = $cancellable[2]
        $rows = @(
            [pscustomobject]@{ CustomerId = $good.customerId; OrderId = 'no-such-order' }
            [pscustomobject]@{ CustomerId = $good.customerId; OrderId = $good.id }
        )

        $results = @($rows | Stop-PCSandboxOrder -Confirm:$false -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue)

        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'OrderNotFound,*'
        $failures[0].ErrorDetails.Message | Should -Match '20000'
        $failures[0].ErrorDetails.Message | Should -Match 'request id [0-9a-f-]{36}'
        $results.OrderId | Should -Be @($good.id)
        Get-OrderStateChanges $emulator $good.id | Should -Be 1
    }

    It 'gives the service error with its code, a fitting category and the order as target' {
        $seatBased = Get-SeedOrder $partner { $args[0].productType -eq 'saasSeatBased' -and $args[0].age -le 30 } | Select-Object -First 1
        $order = Get-PCSandboxOrder -CustomerId $seatBased.customerId -OrderId $seatBased.id

        $order | Stop-PCSandboxOrder -Confirm:$false -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'SeatBasedSaasNotCancellable,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failures[0].TargetObject.OrderId | Should -Be $seatBased.id
        $failures[0].ErrorDetails.Message | Should -Match '800077'
        $failures[0].ErrorDetails.Message | Should -BeLike "Order $($seatBased.id) of customer $($seatBased.customerId): *" -Because 'with many orders at once, the text must say which order it is about'
        Get-OrderStateChanges $emulator $seatBased.id | Should -Be 0
    }

    It 'waits out a 429 for its Retry-After and then cancels, with the same request id' {
        $seed = $cancellable[3]
        Invoke-EmulatorAdmin $emulator Post 'faults' @{ method = 'PATCH'; pathContains = $seed.id; kind = 'status'; status = 429; retryAfterSeconds = 1; count = 1 } | Out-Null

        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $result = Stop-PCSandboxOrder -CustomerId $seed.customerId -OrderId $seed.id -Confirm:$false -PassThru
        $watch.Stop()

        $result.Status | Should -Be 'cancelled'
        $patches = @(Get-EmulatorRequests $emulator PATCH)
        $patches.status | Should -Be @(429, 200)
        ($patches.requestId | Select-Object -Unique).Count | Should -Be 1
        $watch.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 1 -Because 'the client must wait at least Retry-After'
        Get-OrderStateChanges $emulator $seed.id | Should -Be 1
    }
}
