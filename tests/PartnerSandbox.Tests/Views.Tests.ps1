# The default views at 80 columns, with ids as long as the service's: GUID-like and 8-34 character order ids.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    $seed = @{
        partners = @(@{
                tenantId = '7d3e9a21-4c6b-4f8e-a1d2-5b7c9e0f3a64'; kind = 'sandbox'
                applications = @(@{ clientId = '0b8f4c2d-6e1a-4d3b-9c7e-2f5a8b1d4e60'; clientSecret = "views-$([guid]::NewGuid())" })
                customers = @(
                    @{
                        id = '5c2a7e91-3b4d-4f6a-8e0c-1d9b2f7a4c38'; companyName = 'Contoso Pharmaceuticals'; domain = 'contosopharmaceuticals.onmicrosoft.com'
                        orders = @(
                            @{ id = '3f0c2a1e-7b5d-4c8e-9a6f-1d2e3b4c5a69'; productType = 'reservedInstance'; ageDays = 3
                                lineItems = @(@{ offerId = 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL'; friendlyName = 'Reserved VM Instance, Standard_D2s_v3, US East, 1 Year'; termDuration = 'P1Y' }) }
                            @{ id = 'CAHuDXU-AVB14I9W5Y5Gw5kbJP0Fw85_hA'; productType = 'perpetualSoftware'; ageDays = 75
                                lineItems = @(@{ offerId = 'DG7GMGF0D7FV:0002:DG7GMGF0D3SK'; friendlyName = 'Windows Server 2022 Standard - 16 Core License Pack' }) }
                        )
                    }
                    @{
                        id = '9e4b1f73-2a6c-4d8e-b0f5-7c3a9d2e1b46'; companyName = 'Fourth Coffee'
                        orders = @(
                            @{ id = '0C5B9D2E'; productType = 'azurePlan'; ageDays = 12; lineItems = @(@{ offerId = 'DZH318Z0BPS6:0001:DZH318Z0BMN4'; friendlyName = 'Azure plan' }) }
                        )
                    }
                )
            })
    }
    $seedFile = Join-Path (Get-PSDrive TestDrive).Root 'views.json'
    $seed | ConvertTo-Json -Depth 10 | Set-Content -LiteralPath $seedFile
    $script:emulator = Start-TestEmulator -Seed $seedFile
    $script:partner = $emulator.Seed.partners[0]
    $script:orders = @(Get-SeedOrder $partner)
    $script:sandbox = Connect-TestPartner $emulator

    # The lines of what the default view shows at 80 columns.
    function Show-At80 { @(($input | Out-String -Width 80) -split '\r?\n') }
}

AfterAll {
    Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'The order table at 80 columns' {
    BeforeAll {
        $script:lines = Get-PCSandboxOrder | Show-At80
    }

    It 'fits, with a header that is not wrapped' {
        $lines | Where-Object Length -gt 80 | Should -BeNullOrEmpty
        @($lines | Where-Object { $_ -match '^OrderId\s+Status\s+Age\s+Product$' }).Count | Should -Be @($partner.customers).Count
    }

    It 'shows every order id whole, the 36-character one too, with its status and age' {
        $orders.id | ForEach-Object Length | Should -Contain 36
        foreach ($order in $orders) {
            $row = $lines | Where-Object { $_.StartsWith("$($order.id) ") }
            $row | Should -Not -BeNullOrEmpty -Because "order $($order.id) must be readable whole"
            $row | Should -Match "\scompleted\s+$($order.age)\s"
        }
    }

    It 'shows the product''s friendly name, cut only past the column''s 28 characters' {
        foreach ($order in $orders) {
            $name = $order.lineItems[0].friendlyName
            $shown = if ($name.Length -le 28) { $name } else { $name.Substring(0, 27) + [char] 0x2026 }
            $lines | Where-Object { $_.StartsWith("$($order.id) ") } | Should -BeLike "*$([WildcardPattern]::Escape($shown))"
        }
    }

    It 'heads each customer''s orders with the whole customer id' {
        foreach ($customer in $partner.customers) {
            $lines | Should -Contain "   CustomerId: $($customer.id)"
        }
    }
}

Describe 'The customer table at 80 columns' {
    It 'fits, with each customer''s whole id and whole company name' {
        $lines = Get-PCSandboxCustomer | Show-At80

        $lines | Where-Object Length -gt 80 | Should -BeNullOrEmpty
        @($lines | Where-Object { $_ -match '^CustomerId\s+CompanyName\s+Domain$' }).Count | Should -Be 1
        foreach ($customer in $partner.customers) {
            $lines | Where-Object { $_.StartsWith("$($customer.id) $($customer.companyName) ") } | Should -Not -BeNullOrEmpty
        }
    }
}

Describe 'The connection table at 80 columns' {
    It 'fits, marks the current connection and shows each one''s AccountKind and whole Account' {
        $undeclared = Connect-TestPartner $emulator -Undeclared

        $lines = Get-PCSandboxConnection -ListAvailable | Show-At80

        $lines | Where-Object Length -gt 80 | Should -BeNullOrEmpty
        @($lines | Where-Object { $_ -match '^\s+TenantId\s+AccountKind\s+Account$' }).Count | Should -Be 1
        $lines | Where-Object { $_ -match "^> $($partner.tenantId) Undeclared " } | Should -Not -BeNullOrEmpty
        $lines | Where-Object { $_ -match "^  $($partner.tenantId) IntegrationSandbox " } | Should -Not -BeNullOrEmpty
        (($lines -join '') -replace '\s', '') | Should -BeLike "*IntegrationSandbox$($sandbox.Account)>*Undeclared$($undeclared.Account)*"
        Disconnect-PCSandbox -Connection $undeclared
    }
}

Describe 'Orders as CSV' {
    It 'has readable line items, not a type name' {
        $csv = Get-PCSandboxOrder -CustomerId $partner.customers[0].id -Connection $sandbox | ConvertTo-Csv

        $csv -join "`n" | Should -Not -Match 'PCSandboxOrderLineItem'
        foreach ($row in $csv | ConvertFrom-Csv) {
            $item = ($orders | Where-Object id -eq $row.OrderId).lineItems[0]
            $term = if ($item.termDuration) { ", $($item.termDuration)" }
            $row.LineItems | Should -Be "1 x $($item.friendlyName) ($($item.offerId)$term)"
        }
    }
}
