BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    $script:app = $partner.applications[0]
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Connect-PCSandbox with a client secret' {
    It 'signs in through the identity endpoint and returns the connection without any secret' {
        $connection = Connect-TestPartner $emulator

        $connection | Should -BeOfType PartnerSandbox.PCSandboxConnection
        $connection.TenantId | Should -Be $partner.tenantId
        $connection.ClientId | Should -Be $app.clientId
        $connection.SignInKind | Should -Be 'ClientSecret'
        $connection.Environment | Should -Be 'Custom'
        $connection.Endpoint | Should -Be $emulator.BaseUri
        $connection.TokenExpiresOn | Should -BeGreaterThan ([DateTimeOffset]::UtcNow)
        ($connection | Format-List * | Out-String) + $connection.ToString() | Should -Not -Match ([regex]::Escape($app.clientSecret))
    }

    It 'keeps the connection as the current one of the session' {
        $connection = Connect-TestPartner $emulator

        Get-PCSandboxConnection | Should -Be $connection
    }

    It 'reports a wrong secret as InvalidClientSecret without showing the secret' {
        $wrong = 'not-the-secret-' + [guid]::NewGuid()
        { Connect-PCSandbox -Endpoint $emulator.BaseUri -TenantId $partner.tenantId -ClientId $app.clientId -ClientSecret (ConvertTo-SecureString $wrong -AsPlainText -Force) -SkipCertificateCheck } |
            Should -Throw -ErrorId 'InvalidClientSecret,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $Error[0].ErrorDetails.Message | Should -Match 'AADSTS7000215'
        ($Error[0] | Out-String) | Should -Not -Match ([regex]::Escape($wrong))
    }

    It 'refuses -SkipCertificateCheck for a host that is not loopback, before any request' {
        { Connect-PCSandbox -Endpoint 'https://pc.contoso.example' -TenantId $partner.tenantId -ClientId $app.clientId -ClientSecret (ConvertTo-SecureString 'x' -AsPlainText -Force) -SkipCertificateCheck } |
            Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].Exception.Message | Should -Match 'loopback'
        $Error[0].TargetObject | Should -Be 'SkipCertificateCheck'
    }

    It 'names every known environment on Tab' {
        $completions = TabExpansion2 -inputScript 'Connect-PCSandbox -Environment ' -cursorColumn 'Connect-PCSandbox -Environment '.Length
        $completions.CompletionMatches.CompletionText | Should -Be @('Global', 'China', 'USGov', 'Germany')
    }

    It 'makes Get-PCSandboxOrder fail with NotConnected once disconnected' {
        Connect-TestPartner $emulator | Out-Null
        Disconnect-PCSandbox

        Get-PCSandboxConnection | Should -BeNullOrEmpty
        { Get-PCSandboxOrder -CustomerId ([guid]::NewGuid()) } | Should -Throw -ErrorId 'NotConnected,PartnerSandbox.Commands.GetPCSandboxOrderCommand'
    }
}
