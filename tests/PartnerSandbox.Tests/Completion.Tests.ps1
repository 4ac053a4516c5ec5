# Tab completion as a user meets it at the prompt (TabExpansion2, what PSReadLine calls): from the service, briefly
# cached, never hanging the prompt, and never falling back to file names.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator

    function Get-Completion([string] $Line) {
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches)
    }

    # The seeded order ids of a customer, newest first (the order the completer offers them in).
    function Get-SeedOrderId([string] $CustomerId) {
        @(Get-SeedOrder $partner { $args[0].customerId -eq $CustomerId } | Sort-Object age -Stable | ForEach-Object id)
    }

    function Get-OrderListing([string] $CustomerId) {
        @(Get-EmulatorRequests $emulator GET | Where-Object path -eq "/v1/customers/$CustomerId/orders")
    }
}

AfterAll {
    Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Tab after -OrderId' {
    BeforeAll {
        Connect-TestPartner $emulator | Out-Null
    }

    BeforeEach {
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'offers the orders of the -CustomerId already typed, newest first, each with its status and product' {
        $customer = $partner.customers[0]

        $matches = Get-Completion "Get-PCSandboxOrder -CustomerId $($customer.id) -OrderId "

        $matches.CompletionText | Should -Be (Get-SeedOrderId $customer.id)
        $first = Get-SeedOrder $partner { $args[0].id -eq $matches[0].CompletionText }
        $matches[0].ToolTip | Should -BeLike "*$($first.lineItems[0].friendlyName)*"
    }

    It 'offers only the orders that start with what is typed, for Stop-PCSandboxOrder too' {
        $customer = $partner.customers[0]
        $prefix = (Get-SeedOrderId $customer.id)[0].Substring(0, 3)

        $matches = Get-Completion "Stop-PCSandboxOrder -CustomerId $($customer.id) -OrderId $prefix"

        $matches.CompletionText | Should -Be @(Get-SeedOrderId $customer.id | Where-Object { $_ -like "$prefix*" })
    }

    It 'keeps a customer''s orders for the next Tab instead of asking the service again' {
        $customer = $partner.customers[1]

        $first = Get-Completion "Get-PCSandboxOrder -CustomerId $($customer.id) -OrderId "
        $again = Get-Completion "Get-PCSandboxOrder -CustomerId $($customer.id) -OrderId "

        $again.CompletionText | Should -Be $first.CompletionText
        $first.Count | Should -BeGreaterThan 0
        (Get-OrderListing $customer.id).Count | Should -Be 1
    }

    It 'offers nothing, not file names, without a -CustomerId' {
        Push-Location TestDrive:
        try {
            $order = (Get-SeedOrderId $partner.customers[0].id)[0]
            New-Item -ItemType File -Path "$order.txt" | Out-Null

            Get-Completion "Get-PCSandboxOrder -OrderId $order" | Should -BeNullOrEmpty
        }
        finally {
            Pop-Location
        }
    }

    It 'gives the prompt back within seconds when the service is slow, and has the orders at a later Tab' {
        $customer = $partner.customers[2]
        $line = "Get-PCSandboxOrder -CustomerId $($customer.id) -OrderId "
        Invoke-EmulatorAdmin $emulator Post 'faults' @{ method = 'GET'; pathContains = "/customers/$($customer.id)/orders"; kind = 'delay'; delayMs = 10000; count = 1 } | Out-Null

        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $slow = Get-Completion $line
        $watch.Stop()

        $slow | Should -BeNullOrEmpty
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 7 -Because 'Tab waits at most 3 seconds, not for the 10-second answer'
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        do { $later = Get-Completion $line } until ($later.Count -gt 0 -or [DateTime]::UtcNow -gt $deadline)
        $later.CompletionText | Should -Be (Get-SeedOrderId $customer.id)
        (Get-OrderListing $customer.id).Count | Should -Be 1 -Because 'the slow lookup went on and its answer was kept; it was not sent again'
    }
}

Describe 'Tab without a connection' {
    BeforeAll {
        Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
        Push-Location TestDrive:
        $script:customerId = $partner.customers[0].id
        $script:orderId = (Get-SeedOrderId $customerId)[0]
        New-Item -ItemType File -Path "$customerId.txt", "$orderId.txt" | Out-Null
    }

    AfterAll {
        Pop-Location
    }

    It 'offers nothing for -<_>, not the file names that would match' -ForEach 'CustomerId', 'OrderId' {
        $typed = if ($_ -eq 'CustomerId') { $customerId.Substring(0, 8) } else { "$orderId" }
        $line = if ($_ -eq 'CustomerId') { "Get-PCSandboxOrder -CustomerId $typed" } else { "Get-PCSandboxOrder -CustomerId $customerId -OrderId $typed" }

        Get-PCSandboxConnection | Should -BeNullOrEmpty
        Get-Completion $line | Should -BeNullOrEmpty
    }
}

Describe 'Tab after -Environment' {
    It 'says that Germany was closed in 2021' {
        $germany = Get-Completion 'Connect-PCSandbox -Environment Ger'

        $germany.CompletionText | Should -Be @('Germany')
        $germany[0].ToolTip | Should -Match 'closed on 2021-10-29'
    }

    It 'warns at Connect-PCSandbox -Environment Germany before anything else fails' {
        $empty = [System.Security.SecureString]::new()

        $failure = $null
        try { Connect-PCSandbox -Environment Germany -TenantId $partner.tenantId -ClientId $partner.applications[0].clientId -ClientSecret $empty -WarningVariable warned -WarningAction SilentlyContinue }
        catch { $failure = $_ }

        $failure.FullyQualifiedErrorId | Should -Be 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $warned | Should -Match 'Microsoft Cloud Germany was closed on 29 October 2021'
        $warned | Should -Match '-Environment Global'
    }
}
