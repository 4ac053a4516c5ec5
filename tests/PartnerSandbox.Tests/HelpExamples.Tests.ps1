# The examples in the help of the subscription and customer cmdlets, read from their pages as written (so the help
# and this test cannot drift), each run against the emulator's test seed from a fresh state, in this non-interactive
# session, with errors stopping it unless the example silences them. Each example has a check of what it did.
BeforeDiscovery {
    $script:examples = foreach ($page in 'Get-PCSandboxSubscription', 'Stop-PCSandboxSubscription', 'Remove-PCSandboxCustomer') {
        $text = Get-Content -Raw (Join-Path $PSScriptRoot "../../docs/$page.md")
        $section = [regex]::Match($text, '(?ms)^## EXAMPLES\s*$(.*?)^## ').Groups[1].Value
        foreach ($match in [regex]::Matches($section, '(?ms)^### (Example \d+: [^\r\n]+)\s*^```powershell\r?\n(.*?)^```')) {
            @{ Page = $page; Title = $match.Groups[1].Value; Code = $match.Groups[2].Value }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    Connect-TestPartner $emulator | Out-Null
    $script:fourthCoffee = 'c1000000-0000-0000-0000-000000000004'
    $script:contoso = 'c1000000-0000-0000-0000-000000000001'
    function script:Patched { @(Get-EmulatorRequests $emulator PATCH) }
    function script:Customers { @(Get-PCSandboxCustomer).CompanyName | Sort-Object }
    function script:Status([string] $SubscriptionId) { (Get-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $SubscriptionId).Status }

    # What each example did, by page and title; an example without a check fails, so a new one gets one.
    $script:checks = @{
        'Get-PCSandboxSubscription: Example 1: List a customer''s subscriptions' = {
            param($Output) @($Output | Where-Object CustomerId -eq $fourthCoffee).Count | Should -Be 5 }
        'Get-PCSandboxSubscription: Example 2: The subscriptions of the orders that are cancelled through their subscription' = {
            param($Output) @($Output.Product | Select-Object -Unique | Sort-Object) | Should -Be @('AzurePlan', 'NewCommerce') }
        'Get-PCSandboxSubscription: Example 3: See why a subscription cannot be cancelled' = {
            param($Output) ($Output | Out-String -Width 400) | Should -Match 'cancelled through its order' }
        'Get-PCSandboxSubscription: Example 4: What a cleanup would cancel' = {
            param($Output) Patched | Should -BeNullOrEmpty }
        'Stop-PCSandboxSubscription: Example 1: Cancel every subscription that can be cancelled' = {
            param($Output)
            $Output.Status | Select-Object -Unique | Sort-Object | Should -Be @('deleted', 'suspended')
            (Patched).Count | Should -Be $Output.Count
            Get-PCSandboxSubscription -Cancellable | Should -BeNullOrEmpty }
        'Stop-PCSandboxSubscription: Example 2: Cancel the orders that must be cancelled through their subscription' = {
            param($Output)
            Status '5b000000-0000-0000-0000-000000000001' | Should -Be 'deleted'
            Status '5b000000-0000-0000-0000-000000000003' | Should -Be 'suspended'
            ($Output -join "`n") | Should -Match 'AzurePlan|Azure subscription' }
        'Stop-PCSandboxSubscription: Example 3: See what would be cancelled for one customer, and why not the rest' = {
            param($Output)
            Patched | Should -BeNullOrEmpty
            @($Output | Where-Object { $_ -match 'past its cancellation window' }).Count | Should -Be 2 }
        'Stop-PCSandboxSubscription: Example 4: Cancel subscriptions listed in a CSV file, four at a time' = {
            param($Output) Get-PCSandboxSubscription -CustomerId $fourthCoffee -Cancellable | Should -BeNullOrEmpty }
        'Remove-PCSandboxCustomer: Example 1: Remove a customer, cancelling what blocks it' = {
            param($Output) Customers | Should -Not -Contain 'Contoso Ltd' }
        'Remove-PCSandboxCustomer: Example 2: See why a customer cannot be removed yet' = {
            param($Output)
            Customers | Should -Contain 'Fourth Coffee'
            Patched | Should -BeNullOrEmpty
            ($Output -join "`n") | Should -Match 'software-sub-8' }
        'Remove-PCSandboxCustomer: Example 3: Reset a sandbox' = {
            param($Output)
            Customers | Should -Be @('Tailspin Toys', 'Wingtip Toys')
            ($Output -join "`n") | Should -Match 'ri-old-61' }
        'Remove-PCSandboxCustomer: Example 4: See what would be removed' = {
            param($Output)
            (Customers).Count | Should -Be 4
            @(Get-EmulatorRequests $emulator | Where-Object method -in 'PATCH', 'DELETE') | Should -BeNullOrEmpty }
    }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'The examples of <Page>' -ForEach @($examples | Group-Object { $_.Page } | ForEach-Object { @{ Page = $_.Name; Examples = $_.Group } }) {
    It 'has examples to run' {
        $Examples.Count | Should -BeGreaterThan 2
    }

    It '<Title> runs and does what it says' -ForEach $Examples {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
        $check = $checks["$($Page): $Title"]
        $check | Should -Not -BeNullOrEmpty -Because "every example has a check in this file"
        Push-Location $TestDrive
        try {
            $ErrorActionPreference = 'Stop'
            $output = @(& ([scriptblock]::Create($Code)) 3>$null)
        }
        finally {
            $ErrorActionPreference = 'Continue'
            Pop-Location
        }

        & $check $output
    }
}
