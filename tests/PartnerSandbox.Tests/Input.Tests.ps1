# Bad input gets a clear, specific error (which argument, what was expected, what to do), and nothing is sent for it.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    $script:customerId = $partner.customers[0].id
    Connect-TestPartner $emulator | Out-Null
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Ids that look like paths' {
    BeforeEach { Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null }

    It 'refuses -OrderId <Id> locally with InvalidArgument naming -OrderId, and sends nothing' -TestCases @(
        @{ Id = '..' }, @{ Id = '.' }, @{ Id = 'a/b' }, @{ Id = 'a\b' }, @{ Id = 'a?b' }, @{ Id = 'a#b' }, @{ Id = 'a%2e' }, @{ Id = 'a b' }, @{ Id = "a`tb" }
    ) {
        $orders = @(Get-PCSandboxOrder -CustomerId $customerId -OrderId $Id -ErrorVariable failures -ErrorAction SilentlyContinue)
        Stop-PCSandboxOrder -CustomerId $customerId -OrderId $Id -Force -ErrorVariable stopFailures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $orders | Should -BeNullOrEmpty
        foreach ($failure in @($failures) + @($stopFailures)) {
            $failure.FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
            $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $failure.ErrorDetails.Message | Should -BeLike '-OrderId: *is not an order id*'
            $failure.ErrorDetails.RecommendedAction | Should -Match '-OrderId'
        }
        @($failures).Count + @($stopFailures).Count | Should -Be 2
        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty
    }

    It 'refuses a -CustomerId that is not a GUID locally, for every cmdlet that takes one' -TestCases @(
        @{ Id = '..' }, @{ Id = '.' }, @{ Id = "$customerId/orders" }, @{ Id = 'contoso' }, @{ Id = " $customerId" }
    ) {
        Get-PCSandboxOrder -CustomerId $Id -ErrorVariable a -ErrorAction SilentlyContinue
        Get-PCSandboxCustomer -CustomerId $Id -ErrorVariable b -ErrorAction SilentlyContinue
        Stop-PCSandboxOrder -CustomerId $Id -OrderId 'ri-recent-1' -Force -ErrorVariable c -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        foreach ($failure in @($a) + @($b) + @($c)) {
            $failure.FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
            $failure.ErrorDetails.Message | Should -BeLike '-CustomerId: *is not a customer id*GUID*'
        }
        @($a).Count + @($b).Count + @($c).Count | Should -Be 3
        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty
    }

    It 'refuses the bad rows of a piped input and still does the good ones' {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        $rows = @(
            [pscustomobject]@{ CustomerId = $customerId; OrderId = '..' }
            [pscustomobject]@{ CustomerId = '..'; OrderId = 'ri-recent-1' }
            [pscustomobject]@{ CustomerId = $customerId; OrderId = 'ri-recent-1' }
        )

        $results = @($rows | Stop-PCSandboxOrder -Force -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        $results.OrderId | Should -Be @('ri-recent-1')
        $failures.Count | Should -Be 2
        @(Get-EmulatorRequests $emulator PATCH).path | Should -Be @("/v1/customers/$customerId/orders/ri-recent-1")
    }
}

Describe 'Other input checked before anything is sent' {
    BeforeEach { Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null }

    It 'gives InvalidArgument for -CreatedAfter later than -CreatedBefore instead of an empty result' {
        { Get-PCSandboxOrder -CreatedAfter (Get-Date) -CreatedBefore (Get-Date).AddDays(-7) } |
            Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.GetPCSandboxOrderCommand'
        $Error[0].ErrorDetails.Message | Should -Match '-CreatedAfter .* is later than -CreatedBefore'
        Get-EmulatorRequests $emulator | Should -BeNullOrEmpty
    }

    It 'refuses an empty -ClientSecret with InvalidArgument naming it, before any sign-in request' {
        $empty = [securestring]::new()
        { Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $partner.tenantId -ClientId $partner.applications[0].clientId -ClientSecret $empty -SkipCertificateCheck } |
            Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].ErrorDetails.Message | Should -Match '-ClientSecret is empty'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-ClientSecret'
        Get-EmulatorRequests $emulator | Should -BeNullOrEmpty
    }

    It 'refuses a -TenantId <Tenant> that is neither a GUID nor a domain' -TestCases @(@{ Tenant = 'contoso tenant' }, @{ Tenant = 'contoso.onmicrosoft.com/x' }, @{ Tenant = 'https://login.microsoftonline.com/contoso' }) {
        { Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $Tenant -ClientId $partner.applications[0].clientId -ClientSecret (Get-TestSecret $partner) -SkipCertificateCheck } |
            Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $Error[0].ErrorDetails.Message | Should -Match 'is not a tenant'
        Get-EmulatorRequests $emulator | Should -BeNullOrEmpty
    }
}

Describe 'Stop-PCSandboxOrder in a session that cannot ask (this one runs with -NonInteractive)' {
    BeforeEach { Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null }

    It 'fails once, before anything is sent, naming -Force and -Confirm:$false' {
        $rows = @(Get-SeedOrder $partner | Select-Object -First 3 | ForEach-Object { [pscustomobject]@{ CustomerId = $_.customerId; OrderId = $_.id } })

        { $rows | Stop-PCSandboxOrder } | Should -Throw -ErrorId 'ConfirmationNotPossible,PartnerSandbox.Commands.StopPCSandboxOrderCommand'

        $Error[0].ErrorDetails.Message | Should -Match 'cannot ask'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-Force'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-Confirm:\$false'
        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty
    }

    It 'still runs -WhatIf, which asks nothing' {
        $order = Get-PCSandboxOrder -Cancellable | Select-Object -First 1

        { $order | Stop-PCSandboxOrder -WhatIf } | Should -Not -Throw
    }
}
