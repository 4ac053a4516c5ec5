# Every parameter that binds from the pipeline, with many inputs and with concurrency above 1: the identities that
# come out are exactly those that went in (a record's work must never read a parameter a later record rebound).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    # 60 customers with two orders each: one recent (cancellable), one 70 days old (too old to cancel).
    $script:customerIds = 1..60 | ForEach-Object { 'cccc{0:d4}-0000-4000-8000-000000000060' -f $_ }
    $seed = @{
        partners = @(@{
                tenantId     = 'aaaaaaaa-0000-4000-8000-000000000060'
                name         = 'Pipeline identity partner'
                kind         = 'sandbox'
                applications = @(@{ clientId = 'bbbbbbbb-0000-4000-8000-000000000060'; clientSecret = 'identity-' + [guid]::NewGuid() })
                customers    = @($customerIds | ForEach-Object {
                        $id = $_
                        $n = $id.Substring(4, 4)
                        @{
                            id = $id; companyName = "Identity customer $n"; domain = "identity$n.onmicrosoft.com"
                            orders = @(
                                @{ id = "recent-$n"; productType = 'reservedInstance'; ageDays = 3; lineItems = @(@{ offerId = 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL'; friendlyName = 'RI'; quantity = 1 }) }
                                @{ id = "old-$n"; productType = 'reservedInstance'; ageDays = 70; lineItems = @(@{ offerId = 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL'; friendlyName = 'RI'; quantity = 1 }) }
                            )
                        }
                    })
            })
    }
    $seedPath = Join-Path $TestDrive 'identity.json'
    $seed | ConvertTo-Json -Depth 8 | Set-Content $seedPath
    $script:emulator = Start-TestEmulator -Seed $seedPath
    Connect-TestPartner $emulator | Out-Null

    $script:allKeys = @($customerIds | ForEach-Object { $n = $_.Substring(4, 4); "$_/recent-$n"; "$_/old-$n" } | Sort-Object)
    $script:recentKeys = @($allKeys -like '*/recent-*')
    $script:oldKeys = @($allKeys -like '*/old-*')
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Get-PCSandboxOrder from the pipeline' {
    It 'Get-PCSandboxOrder | Get-PCSandboxOrder gives back every one of its 120 orders (CustomerId and OrderId by property name)' {
        $listed = @(Get-PCSandboxOrder)

        $again = @($listed | Get-PCSandboxOrder)

        Get-OrderKeys $listed | Should -Be $allKeys
        Get-OrderKeys $again | Should -Be $allKeys
    }

    It 'Import-Csv rows with CustomerId and OrderId give back each order once' {
        $csv = Join-Path $TestDrive 'orders.csv'
        $allKeys | ForEach-Object { $c, $o = $_ -split '/'; [pscustomobject]@{ CustomerId = $c; OrderId = $o } } | Export-Csv $csv

        $orders = @(Import-Csv $csv | Get-PCSandboxOrder)

        Get-OrderKeys $orders | Should -Be $allKeys
    }

    It 'customer objects and CustomerId-only rows give every order of each customer' {
        $fromCustomers = @(Get-PCSandboxCustomer | Get-PCSandboxOrder)
        $fromRows = @($customerIds | ForEach-Object { [pscustomobject]@{ CustomerId = $_ } } | Get-PCSandboxOrder)

        Get-OrderKeys $fromCustomers | Should -Be $allKeys
        Get-OrderKeys $fromRows | Should -Be $allKeys
    }

    It 'filters given once apply to every piped record' {
        $recent = @($customerIds | ForEach-Object { [pscustomobject]@{ CustomerId = $_ } } | Get-PCSandboxOrder -Cancellable)

        Get-OrderKeys $recent | Should -Be $recentKeys
    }
}

Describe 'Get-PCSandboxCustomer from the pipeline' {
    It 'takes 60 CustomerIds by property name and gives back each customer once' {
        $customers = @($customerIds | ForEach-Object { [pscustomobject]@{ CustomerId = $_ } } | Get-PCSandboxCustomer)

        @($customers.CustomerId | Sort-Object) | Should -Be @($customerIds | Sort-Object)
    }
}

Describe 'Stop-PCSandboxOrder from the pipeline, eight at a time' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'order objects: every recent order comes out cancelled, every old one is an error naming it, nothing else' {
        $results = @(Get-PCSandboxOrder | Stop-PCSandboxOrder -Force -PassThru -ThrottleLimit 8 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        Get-OrderKeys $results | Should -Be $recentKeys
        $results.Status | Select-Object -Unique | Should -Be 'cancelled'
        Get-OrderKeys $failures.TargetObject | Should -Be $oldKeys
        $failures.FullyQualifiedErrorId | Select-Object -Unique | Should -BeLike 'OrderTooOldToCancel,*'
        @(Get-EmulatorRequests $emulator PATCH).Count | Should -Be 60
    }

    It 'Import-Csv rows: the same outcome, with one listing per customer and one change per order' {
        $csv = Join-Path $TestDrive 'stop.csv'
        $allKeys | ForEach-Object { $c, $o = $_ -split '/'; [pscustomobject]@{ CustomerId = $c; OrderId = $o } } | Sort-Object { [guid]::NewGuid() } | Export-Csv $csv

        $results = @(Import-Csv $csv | Stop-PCSandboxOrder -Force -PassThru -ThrottleLimit 8 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        Get-OrderKeys $results | Should -Be $recentKeys
        Get-OrderKeys $failures.TargetObject | Should -Be $oldKeys
        $requests = @(Get-EmulatorRequests $emulator)
        @($requests | Where-Object { $_.method -eq 'GET' -and $_.path -like '*/orders' }).Count | Should -Be 60
        @($requests | Where-Object { $_.method -eq 'GET' -and $_.path -like '*/orders/*' }).Count | Should -Be 0
        @($requests | Where-Object method -eq 'PATCH').Count | Should -Be 60
        foreach ($key in $recentKeys) { Get-OrderStateChanges $emulator ($key -split '/')[1] | Should -Be 1 -Because $key }
    }
}
