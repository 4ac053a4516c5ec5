# Where the user is one flag or one fact away, the module says so instead of failing vaguely or saying nothing.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    $script:app = $partner.applications[0]
}

AfterAll {
    Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Connecting to the emulator without -SkipCertificateCheck' {
    It 'says to add -SkipCertificateCheck, not to check the network' {
        $failure = $null
        try {
            Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $partner.tenantId -ClientId $app.clientId -ClientSecret (ConvertTo-SecureString $app.clientSecret -AsPlainText -Force)
        }
        catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -Be 'CertificateNotTrusted,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $failure.CategoryInfo.Category | Should -Be 'SecurityError'
        $failure.ErrorDetails.Message | Should -BeLike "This machine does not trust the certificate of $($emulator.BaseUri.GetLeftPart('Authority'))*whose certificate is self-signed."
        $failure.ErrorDetails.Message | Should -Match 'UntrustedRoot'
        $failure.ErrorDetails.RecommendedAction | Should -Match '-SkipCertificateCheck'
        $failure.ErrorDetails.RecommendedAction | Should -Not -Match 'network'
        ($failure | Out-String) | Should -Not -Match ([regex]::Escape($app.clientSecret))
        Get-PCSandboxConnection | Should -BeNullOrEmpty
    }
}

Describe 'Get-PCSandboxOrder -OrderId without a customer' {
    BeforeAll {
        Connect-TestPartner $emulator | Out-Null
    }

    It 'writes one OrderNotFound error when no customer has the order, and no order' {
        $orderId = "no-such-order-$([guid]::NewGuid().ToString('n').Substring(0, 8))"

        $orders = @(Get-PCSandboxOrder -OrderId $orderId -ErrorVariable failures -ErrorAction SilentlyContinue)

        $orders | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'OrderNotFound,PartnerSandbox.Commands.GetPCSandboxOrderCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be $orderId
        $failures[0].ErrorDetails.Message | Should -Be "No customer of this partner has an order $orderId."
        (Get-Help Get-PCSandboxOrder -Parameter OrderId).description.Text -join ' ' | Should -Match 'OrderNotFound'
    }
}

Describe 'Stop-PCSandboxOrder -WhatIf on orders the module knows cannot be cancelled' {
    BeforeAll {
        # What if: lines go to the host, not to a stream: a new pwsh runs the command and its output is read.
        function Invoke-WhatIf([string] $Command) {
            $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module `$env:PARTNERSANDBOX_MODULE_PATH
`$secret = ConvertTo-SecureString `$env:TEST_CLIENT_SECRET -AsPlainText -Force
`$sandbox = Connect-PCSandbox -Endpoint `$env:TEST_ENDPOINT -TenantId `$env:TEST_TENANT -ClientId `$env:TEST_CLIENT -ClientSecret `$secret -SkipCertificateCheck -IntegrationSandbox
`$undeclared = Connect-PCSandbox -Endpoint `$env:TEST_ENDPOINT -TenantId `$env:TEST_TENANT -ClientId `$env:TEST_CLIENT -ClientSecret `$secret -SkipCertificateCheck
try { $Command -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue }
catch { `$failures = @(`$_) }
`$failures | ForEach-Object { 'ERROR ' + `$_.FullyQualifiedErrorId.Split(',')[0] + ' ' + `$_.ErrorDetails.Message }
`$warned | ForEach-Object { 'WARNING ' + `$_.Message }
"@
            $environment = @{ TEST_ENDPOINT = "$($emulator.BaseUri)"; TEST_TENANT = $partner.tenantId; TEST_CLIENT = $app.clientId; TEST_CLIENT_SECRET = $app.clientSecret }
            @((Invoke-NewPwsh -Script $script -WorkingDirectory $TestDrive -Environment $environment) -split '\r?\n' | Where-Object { $_ })
        }

        $script:customer = ($partner.customers | Where-Object { @($_.orders.productType) -contains 'azurePlan' -and @($_.orders | Where-Object ageDays -gt 60) })[0]
        $script:seeded = @(Get-SeedOrder $partner { $args[0].customerId -eq $customer.id })
    }

    BeforeEach {
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'says why for each of them, and What if: only for the orders it cannot judge' {
        $lines = Invoke-WhatIf "Get-PCSandboxOrder -CustomerId $($customer.id) -Connection `$sandbox | Stop-PCSandboxOrder -WhatIf -Connection `$sandbox"

        $old = $seeded | Where-Object { $_.age -gt 60 }
        $cancelled = $seeded | Where-Object status -eq 'cancelled'
        $bySubscription = $seeded | Where-Object productType -in 'azurePlan', 'newCommerce'
        $open = $seeded | Where-Object { $_ -notin @($old) + @($cancelled) + @($bySubscription) }
        $lines | Where-Object { $_ -like "ERROR OrderTooOldToCancel Order $($old.id) of customer $($customer.id) was created on *" } | Should -Not -BeNullOrEmpty
        $lines | Where-Object { $_ -like "WARNING Order $($cancelled.id) of customer $($customer.id) is already cancelled*" } | Should -Not -BeNullOrEmpty
        foreach ($order in $bySubscription) {
            $lines | Where-Object { $_ -like "ERROR CancelSubscriptionInstead Order $($order.id) of customer $($customer.id) *cancel its subscription instead*" } | Should -Not -BeNullOrEmpty
        }
        $whatIf = @($lines | Where-Object { $_ -like 'What if:*' })
        $whatIf.Count | Should -Be @($open).Count
        foreach ($order in $open) { $whatIf -join "`n" | Should -Match "order $([regex]::Escape($order.id)) of customer" }
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
    }

    It 'gives the order''s own reason when the orders were read through another, undeclared connection' {
        $plan = $seeded | Where-Object productType -eq 'azurePlan'

        $lines = Invoke-WhatIf "Get-PCSandboxOrder -CustomerId $($customer.id) -OrderId $($plan.id) -Connection `$undeclared | Stop-PCSandboxOrder -WhatIf -Connection `$sandbox"

        $refusal = $lines | Where-Object { $_ -like "ERROR CancelSubscriptionInstead Order $($plan.id) *" }
        $refusal | Should -Match 'it is an Azure plan: cancel its subscription instead'
        $refusal | Should -Not -Match 'not declared'
    }

    It 'says the connection is not declared a sandbox instead of What if: through an undeclared connection' {
        $lines = Invoke-WhatIf "Get-PCSandboxOrder -CustomerId $($customer.id) -Connection `$undeclared | Stop-PCSandboxOrder -WhatIf -Connection `$undeclared"

        $lines | Where-Object { $_ -like 'What if:*' } | Should -BeNullOrEmpty
        $lines | Where-Object { $_ -like 'ERROR NotASandboxAccount Nothing was sent to tenant*not declared an integration sandbox*' } | Should -Not -BeNullOrEmpty
    }
}
