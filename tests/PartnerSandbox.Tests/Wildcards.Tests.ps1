# Get-PCSandboxCustomer -Name takes PowerShell wildcards; the service is asked only for what its starts_with filter can do.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    Connect-TestPartner $emulator | Out-Null

    # The seed's company names that a pattern selects, as PowerShell's own -like would select them.
    function Get-SeedName([string] $Pattern) { @($partner.customers.companyName | Where-Object { $_ -like $Pattern } | Sort-Object) }

    # The customer listings the module sent since the log was cleared, each with its filter (null: none).
    function Get-CustomerListing {
        Get-EmulatorRequests $emulator GET | Where-Object path -eq '/v1/customers' | ForEach-Object {
            $query = [System.Web.HttpUtility]::ParseQueryString($_.query)
            [pscustomobject]@{ Filter = if ($query['filter']) { $query['filter'] | ConvertFrom-Json } }
        }
    }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Get-PCSandboxCustomer -Name' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'sends a prefix with * to the service''s starts_with filter' {
        $customers = @(Get-PCSandboxCustomer -Name 'Cont*')

        ($customers.CompanyName | Sort-Object) | Should -Be (Get-SeedName 'Cont*')
        $customers.Count | Should -BeGreaterThan 0
        $listing = @(Get-CustomerListing)
        $listing.Count | Should -Be 1
        $listing[0].Filter.Field | Should -Be 'CompanyName'
        $listing[0].Filter.Operator | Should -Be 'starts_with'
        $listing[0].Filter.Value | Should -Be 'Cont'
    }

    It 'matches a pattern that starts with a wildcard over every customer' {
        $customers = @(Get-PCSandboxCustomer -Name '*Toys')

        ($customers.CompanyName | Sort-Object) | Should -Be (Get-SeedName '*Toys')
        $customers.Count | Should -BeGreaterThan 1 -Because 'the seed has several Toys companies'
        (Get-CustomerListing).Filter | Should -BeNullOrEmpty
    }

    It 'asks the service for the literal prefix of any other pattern and matches the rest here' {
        $customers = @(Get-PCSandboxCustomer -Name 'w?ngtip*s')

        ($customers.CompanyName | Sort-Object) | Should -Be (Get-SeedName 'w?ngtip*s')
        $customers.Count | Should -Be 1
        (Get-CustomerListing).Filter.Value | Should -Be 'w'
    }

    It 'keeps a plain name a prefix of the company name, case ignored' {
        $name = $partner.customers[0].companyName
        $prefix = $name.Substring(0, 4).ToLowerInvariant()

        $customers = @(Get-PCSandboxCustomer -Name $prefix)

        $customers.CompanyName | Should -Contain $name
        ($customers.CompanyName | Sort-Object) | Should -Be (Get-SeedName "$prefix*")
        (Get-CustomerListing).Filter.Value | Should -Be $prefix
    }

    It 'takes an escaped wildcard character literally' {
        @(Get-PCSandboxCustomer -Name 'Contoso`*') | Should -BeNullOrEmpty
        (Get-CustomerListing).Filter.Value | Should -Be 'Contoso*'
    }

    It 'refuses a pattern that is not one with InvalidArgument, before anything is sent' {
        Get-PCSandboxCustomer -Name 'Contoso[' -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be 'InvalidArgument,PartnerSandbox.Commands.GetPCSandboxCustomerCommand'
        $failures[0].Exception.Message | Should -Match "-Name: 'Contoso\[' is not a valid wildcard pattern"
        Get-CustomerListing | Should -BeNullOrEmpty
    }

    It 'says in its help that it takes wildcards and how they are sent' {
        $help = Get-Help Get-PCSandboxCustomer -Parameter Name

        $help.globbing | Should -Be 'true'
        ($help.description.Text -join ' ') | Should -Match 'starts_with'
        ($help.description.Text -join ' ') | Should -Match 'wildcard'
    }
}
