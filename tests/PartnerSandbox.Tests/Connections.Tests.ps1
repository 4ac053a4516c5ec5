# Connections as Az.Accounts users expect contexts to behave: listed, closed one by one, and naming who signed in.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:sandbox = Get-SeedPartner $emulator
    $script:production = Get-SeedPartner $emulator 'production'
}

AfterAll {
    Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Get-PCSandboxConnection -ListAvailable' {
    BeforeEach {
        Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
    }

    It 'lists every open connection of the session, oldest first, the current one marked' {
        $first = Connect-TestPartner $emulator
        $second = Connect-TestPartner $emulator 'production'

        $listed = @(Get-PCSandboxConnection -ListAvailable)

        $listed.Count | Should -Be 2
        $listed[0] | Should -Be $first
        $listed[1] | Should -Be $second
        $listed.IsCurrent | Should -Be @($false, $true)
        Get-PCSandboxConnection | Should -Be $second
    }

    It 'lists nothing, and no error, when the session has no connection' {
        @(Get-PCSandboxConnection -ListAvailable -ErrorVariable failures) | Should -BeNullOrEmpty
        $failures | Should -BeNullOrEmpty
    }

    It 'does not show one runspace''s connections to another' {
        Connect-TestPartner $emulator | Out-Null

        $elsewhere = 1 | ForEach-Object -Parallel {
            Import-Module $using:env:PARTNERSANDBOX_MODULE_PATH
            @(Get-PCSandboxConnection -ListAvailable).Count
        }

        $elsewhere | Should -Be 0
        @(Get-PCSandboxConnection -ListAvailable).Count | Should -Be 1
    }
}

Describe 'Disconnect-PCSandbox -Connection' {
    BeforeEach {
        Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
    }

    It 'closes the connection given, not the current one' {
        $first = Connect-TestPartner $emulator
        $second = Connect-TestPartner $emulator 'production'

        $closed = Disconnect-PCSandbox -Connection $first -PassThru

        $closed | Should -Be $first
        $first.IsDisconnected | Should -BeTrue
        $second.IsDisconnected | Should -BeFalse
        @(Get-PCSandboxConnection -ListAvailable) | Should -Be @($second)
        Get-PCSandboxConnection | Should -Be $second
        { Get-PCSandboxCustomer -Connection $first } | Should -Throw -ErrorId 'NotConnected,PartnerSandbox.Commands.GetPCSandboxCustomerCommand'
        @(Get-PCSandboxCustomer).Count | Should -Be @($production.customers).Count
    }

    It 'leaves no current connection when the one given is the current one' {
        $first = Connect-TestPartner $emulator
        $second = Connect-TestPartner $emulator 'production'

        Disconnect-PCSandbox -Connection $second

        Get-PCSandboxConnection | Should -BeNullOrEmpty
        @(Get-PCSandboxConnection -ListAvailable) | Should -Be @($first)
    }

    It 'closes every piped connection and writes each with -PassThru' {
        $made = @((Connect-TestPartner $emulator), (Connect-TestPartner $emulator 'production'))

        $closed = @(Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox -PassThru)

        $closed.Count | Should -Be 2
        $closed[0] | Should -Be $made[0]
        $closed[1] | Should -Be $made[1]
        $closed.IsDisconnected | Should -Be @($true, $true)
        Get-PCSandboxConnection -ListAvailable | Should -BeNullOrEmpty
    }

    It 'writes nothing with -PassThru when there is nothing to close' {
        $closed = Connect-TestPartner $emulator
        Disconnect-PCSandbox

        Disconnect-PCSandbox -PassThru | Should -BeNullOrEmpty
        Disconnect-PCSandbox -Connection $closed -PassThru | Should -BeNullOrEmpty
    }
}

Describe 'The Account of a connection' {
    AfterEach {
        Get-PCSandboxConnection -ListAvailable | Disconnect-PCSandbox
    }

    It 'is the application id for an app-only sign-in, as Az shows a service principal' {
        $connection = Connect-TestPartner $emulator

        $connection.SignInKind | Should -Be 'ClientSecret'
        $connection.Account | Should -Be $sandbox.applications[0].clientId
        $connection.ToString() | Should -Be "$($sandbox.tenantId) (Custom, application $($sandbox.applications[0].clientId), ClientSecret)" -Because 'the application is named once'
    }

    It 'is whom the token names for -AccessToken' {
        $app = $sandbox.applications[0]
        $body = @{ grant_type = 'client_credentials'; client_id = $app.clientId; client_secret = $app.clientSecret; scope = 'https://api.partnercenter.microsoft.com/.default' }
        $token = (Invoke-RestMethod -Method Post -Uri ([uri]::new($emulator.BaseUri, "$($sandbox.tenantId)/oauth2/v2.0/token")) -Body $body -SkipCertificateCheck).access_token

        $connection = Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $sandbox.tenantId -AccessToken (ConvertTo-SecureString $token -AsPlainText -Force) -SkipCertificateCheck

        $connection.Account | Should -Be $app.clientId
    }
}
