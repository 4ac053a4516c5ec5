# Remove-PCSandboxCustomer against the emulator's test seed: Contoso's orders all block and can all be cancelled,
# Fourth Coffee is blocked by a software order and a bare Azure plan, Tailspin by an RI past 60 days and an Azure plan
# with an active Azure subscription.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    Connect-TestPartner $emulator | Out-Null
    $script:contoso = 'c1000000-0000-0000-0000-000000000001'
    $script:tailspin = 'c1000000-0000-0000-0000-000000000002'
    $script:fourthCoffee = 'c1000000-0000-0000-0000-000000000004'
    # SaaS does not block a removal; reservations and software do.
    $script:contosoBlocking = @(($partner.customers | Where-Object id -eq $contoso).orders | Where-Object productType -ne 'saas' | ForEach-Object id)
    # The emulator forgets a removed customer's orders, so what was changed is read from its request log.
    function script:Get-Patched { @(Get-EmulatorRequests $emulator PATCH | Where-Object status -eq 200 | ForEach-Object { $_.path.Split('/')[-1] } | Sort-Object) }
    function script:Test-Customer([string] $Id) { [bool](Get-PCSandboxCustomer | Where-Object CustomerId -eq $Id) }
    function script:Add-Fault([hashtable] $Fault) { Invoke-EmulatorAdmin $emulator Post 'faults' $Fault | Out-Null }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Remove-PCSandboxCustomer' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'without -CancelOrders: the refusal names the blocking orders, says to use -CancelOrders, and nothing changes' {
        Get-PCSandboxCustomer -CustomerId $contoso | Remove-PCSandboxCustomer -Force -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'CustomerHasActiveOrders,*'
        $failures[0].ErrorDetails.Message | Should -BeLike "Customer $($contoso): *"
        foreach ($id in $contosoBlocking) { $failures[0].ErrorDetails.Message | Should -Match "\b$id\b" }
        $failures[0].ErrorDetails.Message | Should -Not -Match 'saas-recent'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match '-CancelOrders'
        $contosoBlocking | ForEach-Object { Get-OrderStateChanges $emulator $_ } | Should -Be (@(0) * $contosoBlocking.Count)
        Test-Customer $contoso | Should -BeTrue
        $warnings[-1].Message | Should -Be 'Remove-PCSandboxCustomer: 0 removed, 1 refused by Partner Center (CustomerHasActiveOrders 1), 0 failed.'
    }

    It 'with -CancelOrders: cancels each blocking order once, waits for it, then removes the customer' {
        $verbose = @(Get-PCSandboxCustomer -CustomerId $contoso | Remove-PCSandboxCustomer -CancelOrders -Force -Verbose -WarningVariable warnings -WarningAction SilentlyContinue 4>&1)

        Test-Customer $contoso | Should -BeFalse
        Get-Patched | Should -Be @($contosoBlocking | Sort-Object) -Because 'each blocking order is cancelled once, and nothing else'
        @(Get-EmulatorRequests $emulator PATCH).Count | Should -Be $contosoBlocking.Count
        foreach ($id in $contosoBlocking) { $verbose.Message | Should -Contain "Cancelled order $id of customer $contoso, which blocked the customer's removal." }
        @(Get-EmulatorRequests $emulator DELETE).status | Should -Be @(400, 204)
        $warnings[-1].Message | Should -Be 'Remove-PCSandboxCustomer: 1 removed, 0 refused by Partner Center, 0 failed.'
        { Get-PCSandboxCustomer -CustomerId $contoso -ErrorAction Stop } | Should -Throw -ErrorId 'CustomerNotFound,*'
    }

    It 'with -CancelOrders: suspends a blocking Azure plan''s subscription, cancels a software order, and leaves new commerce alone' {
        Remove-PCSandboxCustomer -CustomerId $fourthCoffee -CancelOrders -Force -WarningAction SilentlyContinue

        Test-Customer $fourthCoffee | Should -BeFalse
        @(Get-EmulatorRequests $emulator PATCH).path | Sort-Object | Should -Be @(
            "/v1/customers/$fourthCoffee/orders/software-sub-8"
            "/v1/customers/$fourthCoffee/subscriptions/5b000000-0000-0000-0000-000000000003")
        @(Get-EmulatorRequests $emulator PATCH).status | Should -Be @(200, 200)
    }

    It 'keeps a customer whose blocking orders cannot be cancelled, naming each and why, and sends nothing for a too-old one' {
        Remove-PCSandboxCustomer -CustomerId $tailspin -CancelOrders -Force -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        Test-Customer $tailspin | Should -BeTrue
        $failures.Count | Should -Be 1
        $failures[0].ErrorDetails.Message | Should -Match "^Customer $($tailspin): The customer was not removed"
        $failures[0].ErrorDetails.Message | Should -Match 'order ri-old-61: created 61 days ago'
        $failures[0].ErrorDetails.Message | Should -Match 'order azure-plan: .*900115'
        Get-OrderStateChanges $emulator 'ri-old-61' | Should -Be 0
        @(Get-EmulatorRequests $emulator PATCH).path | Should -Not -Match 'ri-old-61'
        @(Get-EmulatorRequests $emulator DELETE).Count | Should -Be 1
    }

    It 'a deletion whose every answer is lost is the customer read again: gone is removed' {
        # Nothing blocks it any more; the first attempt deletes it and loses the answer, the other seven are lost too
        # (the request runner's eight attempts, with its backoff), so only a read can tell.
        Get-PCSandboxOrder -CustomerId $contoso | Stop-PCSandboxOrder -Force -WarningAction SilentlyContinue
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
        Add-Fault @{ method = 'DELETE'; kind = 'applyThenDrop'; count = 1 }
        Add-Fault @{ method = 'DELETE'; kind = 'drop'; count = 7 }

        $verbose = @(Remove-PCSandboxCustomer -CustomerId $contoso -Force -Verbose -WarningVariable warnings -WarningAction SilentlyContinue 4>&1)

        $verbose.Message | Should -Contain "The answer to removing customer $contoso did not say what happened; read again, the customer is gone."
        $warnings[-1].Message | Should -Be 'Remove-PCSandboxCustomer: 1 removed, 0 refused by Partner Center, 0 failed.'
        @(Get-EmulatorRequests $emulator | Where-Object path -eq "/v1/customers/$contoso").method | Should -Be (@('GET') + @('DELETE') * 8 + @('GET'))
        Test-Customer $contoso | Should -BeFalse
    }

    It 'removes each customer once when many records name it, with a warning for the repeats' {
        $orders = @(Get-PCSandboxOrder -CustomerId $contoso)

        $orders | Remove-PCSandboxCustomer -CancelOrders -Force -WarningVariable warnings -WarningAction SilentlyContinue

        Test-Customer $contoso | Should -BeFalse
        @($warnings.Message | Where-Object { $_ -eq "Customer $contoso came again in the input; it is removed once." }).Count | Should -Be ($orders.Count - 1)
        @(Get-EmulatorRequests $emulator DELETE).Count | Should -Be 2
    }

    It 'sends nothing, reads included, through a connection not declared a sandbox' {
        $undeclared = Connect-TestPartner $emulator -Undeclared

        { Remove-PCSandboxCustomer -CustomerId $contoso -Force -Connection $undeclared } | Should -Throw -ErrorId 'NotASandboxAccount,PartnerSandbox.Commands.RemovePCSandboxCustomerCommand'

        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty
        Connect-TestPartner $emulator | Out-Null
    }

    It 'fails once, before sending anything, where it would ask and cannot' {
        { Remove-PCSandboxCustomer -CustomerId $contoso } | Should -Throw -ErrorId 'ConfirmationNotPossible,PartnerSandbox.Commands.RemovePCSandboxCustomerCommand'

        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty
    }

    It 'refuses a customer id that is not a GUID, and goes on with the next' {
        @([pscustomobject]@{ CustomerId = 'contoso' }, [pscustomobject]@{ CustomerId = $contoso }) |
            Remove-PCSandboxCustomer -CancelOrders -Force -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
        Test-Customer $contoso | Should -BeFalse
    }

    It 'says with -WhatIf what it would do and sends no change' {
        Get-PCSandboxCustomer | Remove-PCSandboxCustomer -CancelOrders -WhatIf -WarningAction SilentlyContinue

        @(Get-EmulatorRequests $emulator | Where-Object method -in 'DELETE', 'PATCH') | Should -BeNullOrEmpty
    }
}
