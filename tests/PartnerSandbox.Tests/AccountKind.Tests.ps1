# The module never changes an order of a primary (production) account: only a connection declared an integration
# sandbox changes anything, and the service's own primary-only refusal (800019) stops a declared one at once.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:production = Get-SeedPartner $emulator production
    $script:productionOrders = @(Get-SeedOrder $production)
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'A connection not declared an integration sandbox' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'to the production partner: shows its orders as not cancellable, with the reason, and Stop sends nothing' {
        $connection = Connect-TestPartner $emulator production

        $orders = @(Get-PCSandboxOrder)
        $cancellable = @(Get-PCSandboxOrder -Cancellable)
        { $orders | Stop-PCSandboxOrder -Force } | Should -Throw -ErrorId 'NotASandboxAccount,PartnerSandbox.Commands.StopPCSandboxOrderCommand'

        $connection.AccountKind | Should -Be 'Undeclared'
        $orders.Count | Should -Be $productionOrders.Count
        $cancellable | Should -BeNullOrEmpty
        $orders.NotCancellableReason | Select-Object -Unique | Should -Match '-IntegrationSandbox'
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
        $Error[0].ErrorDetails.Message | Should -Match 'Nothing was sent'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-IntegrationSandbox'
    }

    It 'to the sandbox partner: reads, and changes nothing until it is declared one' {
        Connect-TestPartner $emulator -Undeclared | Out-Null
        $rows = @(Get-SeedOrder (Get-SeedPartner $emulator) | Select-Object @{ n = 'CustomerId'; e = { $_.customerId } }, @{ n = 'OrderId'; e = { $_.id } })

        { $rows | Stop-PCSandboxOrder -Force } | Should -Throw -ErrorId 'NotASandboxAccount,PartnerSandbox.Commands.StopPCSandboxOrderCommand'

        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty -Because 'nothing, not even a read, is sent for the refused run'
    }
}

Describe 'A production partner wrongly declared an integration sandbox' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'is shown primary by the first 800019, and no order after it is sent' {
        $connection = Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $production.tenantId -ClientId $production.applications[0].clientId `
            -ClientSecret (Get-TestSecret $production) -SkipCertificateCheck -IntegrationSandbox
        $ri = Get-PCSandboxOrder | Where-Object OrderId -eq 'prod-ri'
        $software = @(Get-PCSandboxOrder | Where-Object OrderId -like 'prod-*-recent')

        @($ri) + $software | Stop-PCSandboxOrder -Force -ThrottleLimit 1 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $connection.AccountKind | Should -Be 'Primary'
        @(Get-EmulatorRequests $emulator PATCH).Count | Should -Be 1 -Because 'only the order that drew the refusal was sent'
        $failures.Count | Should -Be (1 + $software.Count)
        $failures.FullyQualifiedErrorId | Select-Object -Unique | Should -BeLike 'NotASandboxAccount,*'
        $failures[0].ErrorDetails.Message | Should -Match '800019'
        $software | ForEach-Object { Get-OrderStateChanges $emulator $_.OrderId | Should -Be 0 -Because $_.OrderId }
        @(Get-PCSandboxOrder -Cancellable) | Should -BeNullOrEmpty
        { Get-PCSandboxOrder | Stop-PCSandboxOrder -Force } | Should -Throw -ErrorId 'NotASandboxAccount,PartnerSandbox.Commands.StopPCSandboxOrderCommand'
    }
}
