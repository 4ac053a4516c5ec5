# An outcome is reported only as it is: answers that are not the cancelled order, cancellations that complete later,
# answers lost after the change was applied, and answers that are not Partner Center's at all.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator
    $script:partner = Get-SeedPartner $emulator
    $script:customerId = $partner.customers[0].id
    Connect-TestPartner $emulator | Out-Null
    function script:Add-Fault([hashtable] $Fault) { Invoke-EmulatorAdmin $emulator Post 'faults' $Fault | Out-Null }
    function script:Get-Order([string] $OrderId) { Get-PCSandboxOrder -CustomerId $customerId -OrderId $OrderId }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Answers to a cancellation that are not the cancelled order' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
        Invoke-EmulatorAdmin $emulator Post 'knobs' @{ cancellationDelayMs = 0 } | Out-Null
    }

    It 'a 200 with an empty body for an order left unchanged is CancellationNotConfirmed, and nothing is written as cancelled' {
        Add-Fault @{ method = 'PATCH'; pathContains = 'ri-recent-1'; kind = 'answer'; status = 200; body = '{}' }

        $results = @(Get-Order 'ri-recent-1' | Stop-PCSandboxOrder -Force -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)

        $results | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'CancellationNotConfirmed,*'
        $failures[0].ErrorDetails.Message | Should -Match "shows status 'completed': it was not cancelled"
        (Get-EmulatorRequests $emulator).method | Should -Be @('GET', 'PATCH', 'GET') -Because 'the order is read again before anything is reported'
        $warnings[-1].Message | Should -Match ', 1 failed \(CancellationNotConfirmed 1\)\.$'
    }

    It 'an answer lost after the change, then one that is not the order, is the order as read again: cancelled, once' {
        Add-Fault @{ method = 'PATCH'; pathContains = 'ri-recent-2'; kind = 'applyThenDrop'; count = 1 }
        Add-Fault @{ method = 'PATCH'; pathContains = 'ri-recent-2'; kind = 'answer'; status = 200; body = '{"id":"another-order","status":"cancelled"}'; count = 1 }

        $results = @(Get-Order 'ri-recent-2' | Stop-PCSandboxOrder -Force -PassThru -Verbose -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue 4>&1)

        $orders = @($results | Where-Object { $_ -is [PartnerSandbox.PCSandboxOrder] })
        $failures | Should -BeNullOrEmpty -Because 'the change was applied; only its answers were lost'
        $orders.OrderId | Should -Be @('ri-recent-2')
        $orders.Status | Should -Be @('cancelled')
        ($results | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Contain "The answer to cancelling order ri-recent-2 of customer $customerId did not say what happened; read again, the order shows 'cancelled'."
        Get-OrderStateChanges $emulator 'ri-recent-2' | Should -Be 1
        (Get-EmulatorRequests $emulator).method | Should -Be @('GET', 'PATCH', 'PATCH', 'GET')
    }
}

Describe 'Cancellations that complete later' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }
    AfterEach { Invoke-EmulatorAdmin $emulator Post 'knobs' @{ cancellationDelayMs = 0 } | Out-Null }

    It 'without -Wait: the order as the service sent it, a warning that it is not cancelled yet, and a summary that says so' {
        Invoke-EmulatorAdmin $emulator Post 'knobs' @{ cancellationDelayMs = 600000 } | Out-Null

        $results = @(Get-Order 'ri-recent-3' | Stop-PCSandboxOrder -Force -PassThru -WarningVariable warnings -WarningAction SilentlyContinue)

        $results.OrderId | Should -Be @('ri-recent-3')
        $results.Status | Should -Be @('pending')
        $warnings[0].Message | Should -Match "took the cancellation of order ri-recent-3 .* shows it as 'pending', not cancelled yet"
        $warnings[-1].Message | Should -Be 'Stop-PCSandboxOrder: 0 cancelled, 1 accepted but not cancelled yet, 0 already cancelled, 0 refused by Partner Center, 0 failed.'
    }

    It 'with -Wait: read again until it shows cancelled' {
        Invoke-EmulatorAdmin $emulator Post 'knobs' @{ cancellationDelayMs = 1500 } | Out-Null

        $results = @(Get-Order 'perpetual-recent' | Stop-PCSandboxOrder -Force -PassThru -Wait -Timeout 60 -WarningAction SilentlyContinue)

        $results.Status | Should -Be @('cancelled')
        @(Get-EmulatorRequests $emulator GET | Where-Object path -like '*/orders/perpetual-recent').Count | Should -BeGreaterThan 0
        Get-OrderStateChanges $emulator 'perpetual-recent' | Should -Be 1
    }

    It 'with -Wait past its -Timeout: CancellationStillPending, with the order as last shown' {
        Invoke-EmulatorAdmin $emulator Post 'knobs' @{ cancellationDelayMs = 600000 } | Out-Null

        Get-Order 'software-sub-recent' | Stop-PCSandboxOrder -Force -Wait -Timeout 2 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'CancellationStillPending,*'
        $failures[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $failures[0].TargetObject.Status | Should -Be 'pending'
    }
}

Describe 'Answers that are not Partner Center''s' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'a <Status> answer is <ErrorId>, said as what it is' -TestCases @(
        @{ Status = 302; ErrorId = 'Redirected'; Headers = @{ Location = 'https://login.contoso.example/signin' }; Text = 'a redirect to https://login.contoso.example/signin'; Action = '-Endpoint' }
        @{ Status = 405; ErrorId = 'MethodNotAllowed'; Headers = @{}; Text = 'does not allow GET on /v1/customers/'; Action = '-Endpoint' }
        @{ Status = 414; ErrorId = 'AddressTooLong'; Headers = @{}; Text = 'address as too long'; Action = 'shorter values' }
    ) {
        Add-Fault @{ method = 'GET'; pathContains = '/orders'; kind = 'answer'; status = $Status; headers = $Headers; body = '' }

        Get-PCSandboxOrder -CustomerId $customerId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $failures[0].ErrorDetails.Message | Should -BeLike "Customer $($customerId): *"
        $failures[0].ErrorDetails.Message | Should -Match ([regex]::Escape($Text))
        $failures[0].ErrorDetails.RecommendedAction | Should -Match $Action
    }

    It 'an answer larger than 32 MiB is cut off as AnswerTooLarge' {
        Add-Fault @{ method = 'GET'; pathContains = '/orders'; kind = 'answer'; status = 200; body = '{"items":[]}'; padTo = 33 * 1024 * 1024 }

        Get-PCSandboxOrder -CustomerId $customerId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AnswerTooLarge,*'
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        @(Get-EmulatorRequests $emulator GET | Where-Object path -like '*/orders').Count | Should -Be 1 -Because 'a cut-off answer is not asked for again'
    }

    It 'a sign-in host that answers an HTML page is UnreadableSignInAnswer, pointing at -AuthorityHost' {
        Add-Fault @{ scope = 'identity'; method = 'POST'; pathContains = '/token'; kind = 'answer'; status = 200; contentType = 'text/html'; body = '<html><body>Sign in to the proxy</body></html>' }

        { Connect-TestPartner $emulator } | Should -Throw -ErrorId 'UnreadableSignInAnswer,PartnerSandbox.Commands.ConnectPCSandboxCommand'

        $Error[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $Error[0].ErrorDetails.Message | Should -Match "not with Entra ID's JSON"
        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-AuthorityHost'
        Connect-TestPartner $emulator | Out-Null
    }
}
