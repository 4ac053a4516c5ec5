# Get-PCSandboxSubscription against the emulator's test seed (see Support/SubscriptionFixture.ps1).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    # The shared emulator, connected to as its sandbox partner, and the seed's ids that the tests name.
    . (Join-Path $PSScriptRoot 'Support/SubscriptionFixture.ps1')
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Get-PCSandboxSubscription' {
    BeforeAll {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        $script:listed = @(Get-PCSandboxSubscription -CustomerId $fourthCoffee)
        function script:Listed([string] $Id) { $listed | Where-Object SubscriptionId -eq $Id }
    }

    It 'lists a customer''s subscriptions with the fields partners look at' {
        @($listed.SubscriptionId | Sort-Object) | Should -Be $fourthCoffeeIds
        $listed | Should -BeOfType PartnerSandbox.PCSandboxSubscription
        $nce = Listed $nceRecent
        $nce.CustomerId | Should -Be $fourthCoffee
        $nce.FriendlyName | Should -Be 'Microsoft 365 Business Basic'
        $nce.OfferId | Should -Be 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF'
        $nce.Quantity | Should -Be 3
        $nce.Status | Should -Be 'active'
        $nce.BillingCycle | Should -Be 'monthly'
        $nce.TermDuration | Should -Be 'P1M'
        $nce.OrderId | Should -Be 'nce-recent'
        $nce.ProductType | Should -Be 'OnlineServicesNCE'
        $nce.Product | Should -Be 'NewCommerce'
        $nce.CommitmentEndDate | Should -BeGreaterThan $nce.CreationDate
        $nce.CancellationAllowedUntil | Should -Be $nce.CreationDate.AddDays(7)
    }

    It 'says by each product''s rules what can be cancelled, and with which status' -TestCases @(
        @{ Id = '5b000000-0000-0000-0000-000000000001'; Cancellable = $true; Status = 'deleted'; Reason = $null }
        @{ Id = '5b000000-0000-0000-0000-000000000002'; Cancellable = $false; Status = 'deleted'; Reason = 'past its cancellation window' }
        @{ Id = '5b000000-0000-0000-0000-000000000003'; Cancellable = $true; Status = 'suspended'; Reason = $null }
        @{ Id = '5b000000-0000-0000-0000-000000000004'; Cancellable = $true; Status = 'deleted'; Reason = $null }
        @{ Id = '5b000000-0000-0000-0000-000000000005'; Cancellable = $false; Status = 'deleted'; Reason = 'past its cancellation window' }
    ) {
        $subscription = Listed $Id

        $subscription.IsCancellable | Should -Be $Cancellable
        $subscription.CancelledStatus | Should -Be $Status
        if ($Reason) { $subscription.NotCancellableReason | Should -Match $Reason } else { $subscription.NotCancellableReason | Should -BeNullOrEmpty }
    }

    It 'shows reservations and perpetual software as cancelled through their order' {
        $subscriptions = @(Get-PCSandboxSubscription -CustomerId $contoso)

        $byOrder = @($subscriptions | Where-Object OrderId -in 'ri-recent-1', 'perpetual-recent')
        $byOrder.Count | Should -Be 2
        ($byOrder | Where-Object OrderId -eq 'ri-recent-1').Product | Should -Be 'ReservedInstance'
        ($byOrder | Where-Object OrderId -eq 'perpetual-recent').Product | Should -Be 'PerpetualSoftware'
        $byOrder.IsCancellable | Should -Not -Contain $true
        $byOrder | ForEach-Object { $_.CancelledStatus | Should -BeNullOrEmpty -Because $_.OrderId }
        ($byOrder | Where-Object OrderId -eq 'ri-recent-1').NotCancellableReason | Should -Match 'cancelled through its order ri-recent-1 .*Stop-PCSandboxOrder'
    }

    It 'shows an Azure plan''s active Azure subscriptions, which keep it from being suspended' {
        $plan = Get-PCSandboxSubscription -CustomerId $tailspin -OrderId 'azure-plan'

        $plan.Product | Should -Be 'AzurePlan'
        $plan.ActiveAzureSubscriptions | Should -Be @('a2000000-0000-0000-0000-000000000001')
        $plan.IsCancellable | Should -BeFalse
        $plan.NotCancellableReason | Should -Match 'a2000000-0000-0000-0000-000000000001'
        (Listed $planBare).ActiveAzureSubscriptions | Should -BeNullOrEmpty
    }

    It 'gives each piped order''s subscriptions, one filtered request per order' {
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
        $orders = @(Get-PCSandboxOrder -CustomerId $fourthCoffee)

        $subscriptions = @($orders | Get-PCSandboxSubscription)

        @($subscriptions | ForEach-Object { "$($_.OrderId)/$($_.SubscriptionId)" } | Sort-Object) |
            Should -Be @($orders | ForEach-Object { "$($_.OrderId)/$($_.LineItems[0].SubscriptionId)" } | Sort-Object)
        @(Get-EmulatorRequests $emulator GET | Where-Object { $_.path -like '*/subscriptions' -and $_.query -like '*order_id=*' }).Count | Should -Be $orders.Count
    }

    It 'lists every customer''s subscriptions, and finds one by id among them' {
        $all = @(Get-PCSandboxSubscription)
        $lineItems = @(Get-SeedOrder (Get-SeedPartner $emulator) | ForEach-Object { $_.lineItems })

        $all.Count | Should -Be $lineItems.Count
        (Get-PCSandboxSubscription -SubscriptionId $saasSeat).CustomerId | Should -Be $fourthCoffee
    }

    It 'says once that no customer has an unknown subscription id' {
        Get-PCSandboxSubscription -SubscriptionId '5b000000-0000-0000-0000-0000000000ff' -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'SubscriptionNotFound,*'
    }

    It 'keeps only what can be cancelled with -Cancellable' {
        @((Get-PCSandboxSubscription -CustomerId $fourthCoffee -Cancellable).SubscriptionId | Sort-Object) | Should -Be @($nceRecent, $planBare, $saasSeat)
    }

    It 'refuses a subscription id that is not one path segment, sending nothing for it' {
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null

        Get-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId '../orders' -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
        $failures[0].ErrorDetails.Message | Should -Match '-SubscriptionId'
        Get-EmulatorRequests $emulator | Should -BeNullOrEmpty
    }

    It 'shows a table that fits 80 columns without cutting the ids' {
        $text = $listed | Format-Table | Out-String -Width 80

        $lines = $text -split "`n"
        @($lines | Where-Object { $_.TrimEnd().Length -gt 80 }) | Should -BeNullOrEmpty
        foreach ($id in $fourthCoffeeIds) { $text | Should -Match $id }
        $text | Should -Match "Customer: $fourthCoffee"
    }

    It 'shows nothing as cancellable through a connection not declared a sandbox' {
        $undeclared = Connect-TestPartner $emulator -Undeclared

        $subscriptions = @(Get-PCSandboxSubscription -CustomerId $fourthCoffee -Connection $undeclared)

        $subscriptions.IsCancellable | Should -Not -Contain $true
        $subscriptions.NotCancellableReason | Select-Object -Unique | Should -Match '-IntegrationSandbox'
        Connect-TestPartner $emulator | Out-Null
    }
}
