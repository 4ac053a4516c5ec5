# Concurrency and throttling as the emulator sees them: its request log says when each request arrived and was
# answered, and how many were under way with it (inFlight).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    # Four customers of 30 orders; every API request held 100 ms, so concurrent requests overlap at the emulator.
    $script:emulator = Start-TestEmulator -Seed '' -ArgumentList '--generate', '1x4x30', '--latency', '100'
    Invoke-Expression "$($emulator.ConnectCommand) | Out-Null"

    function Get-CancellableInTurn {
        <# The cancellable orders, one customer after another in turn, so the first requests are for different customers. #>
        $byCustomer = @(Get-PCSandboxOrder -Cancellable | Group-Object CustomerId | ForEach-Object { , @($_.Group) })
        $longest = ($byCustomer | ForEach-Object Count | Measure-Object -Maximum).Maximum
        foreach ($index in 0..($longest - 1)) { foreach ($group in $byCustomer) { if ($index -lt $group.Count) { $group[$index] } } }
    }

    function Get-Patch { @(Get-EmulatorRequests $emulator PATCH) }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Stop-PCSandboxOrder in flight' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        $script:orders = @(Get-CancellableInTurn)
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'never has more requests in flight than -ThrottleLimit, and has that many' {
        $orders.Count | Should -BeGreaterThan 12

        $orders | Stop-PCSandboxOrder -Force -ThrottleLimit 3 -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $patches = Get-Patch
        $patches.Count | Should -Be $orders.Count
        ($patches | Measure-Object inFlight -Maximum).Maximum | Should -Be 3
    }

    It 'keeps 16 in flight by default' {
        $orders.Count | Should -BeGreaterThan 16

        $orders | Stop-PCSandboxOrder -Force -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        ($patches = Get-Patch).Count | Should -Be $orders.Count
        ($patches | Measure-Object inFlight -Maximum).Maximum | Should -Be 16
    }

    It 'sends nothing while a 429 is waited out, then goes on at half the pace and recovers' {
        # The first two cancellations (of two customers: the partner's limit, not one customer's) are throttled for 2 s.
        Invoke-EmulatorAdmin $emulator Post 'faults' @{ method = 'PATCH'; kind = 'status'; status = 429; retryAfterSeconds = 2; count = 2 } | Out-Null

        $orders | Stop-PCSandboxOrder -Force -ThrottleLimit 4 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $patches = Get-Patch
        $throttled = @($patches | Where-Object status -eq 429)
        $throttled.Count | Should -Be 2
        $failures | Where-Object { "$($_.FullyQualifiedErrorId)" -like 'Throttled*' } | Should -BeNullOrEmpty -Because 'both throttled cancellations were retried'
        foreach ($one in $throttled) {
            # Sent again once, with the same request id: the service's answer then (a refusal of a seat-based SaaS order is one).
            $statuses = @($patches | Where-Object requestId -eq $one.requestId).status
            $statuses.Count | Should -Be 2
            $statuses[1] | Should -Not -Be 429
        }

        # From the moment the second 429 was answered, plus the client's own reaction time, to its Retry-After's end.
        $heldFrom = ($throttled | Measure-Object answeredMs -Maximum).Maximum
        $sentDuringHold = @($patches | Where-Object { $_.receivedMs -gt $heldFrom + 150 -and $_.receivedMs -lt $heldFrom + 1850 })
        $sentDuringHold | Should -BeNullOrEmpty -Because 'every worker waits out the Retry-After, not only the throttled ones'

        $after = @($patches | Where-Object receivedMs -ge ($heldFrom + 1850) | Sort-Object receivedMs)
        $after.Count | Should -BeGreaterThan 12
        # The limit grows by one only after as many answers as it allows: until two sent after the hold were answered, it is two.
        $secondAnswer = ($after | Sort-Object answeredMs | Select-Object -Index 1).answeredMs
        $atHalf = @($after | Where-Object receivedMs -lt $secondAnswer)
        $atHalf.Count | Should -BeGreaterOrEqual 2
        ($atHalf | Measure-Object inFlight -Maximum).Maximum | Should -Be 2 -Because 'four were in flight at the 429: the connection goes on with two'
        ($after | Measure-Object inFlight -Maximum).Maximum | Should -Be 4 -Because 'answers without 429 bring the pace back to -ThrottleLimit'
    }
}
