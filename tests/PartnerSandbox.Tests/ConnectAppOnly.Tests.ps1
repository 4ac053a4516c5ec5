# Connect-PCSandbox's app-only sign-in modes, in the shapes runbooks use, and connections side by side.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -Shared
    . (Join-Path $PSScriptRoot 'Support/SignInFixture.ps1')
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'App-only sign-in' {
    It 'takes -ServicePrincipal -Credential, the shape Get-AutomationPSCredential gives' {
        $credential = [pscredential]::new($app.clientId, (Get-TestSecret $partner))

        $connection = Connect-PCSandbox @common -ServicePrincipal -Credential $credential

        $connection.ClientId | Should -Be $app.clientId
        $connection.SignInKind | Should -Be 'ClientSecret'
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
    }

    It 'takes an X509Certificate2 object, the shape Get-AutomationCertificate gives' {
        $certificate = New-TestCertificate
        Register-EmulatorCertificate $emulator $partner $certificate

        $connection = Connect-PCSandbox @common -ClientId $app.clientId -Certificate $certificate

        $connection.SignInKind | Should -Be 'Certificate'
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
    }

    It 'takes a PFX file with its password' {
        $certificate = New-TestCertificate
        Register-EmulatorCertificate $emulator $partner $certificate
        $password = ConvertTo-SecureString ([guid]::NewGuid()) -AsPlainText -Force
        $path = Join-Path $TestDrive 'app.pfx'
        [IO.File]::WriteAllBytes($path, $certificate.Export('Pfx', $password))

        $connection = Connect-PCSandbox @common -ClientId $app.clientId -CertificatePath $path -CertificatePassword $password

        $connection.SignInKind | Should -Be 'Certificate'
    }

    It 'finds a certificate by thumbprint in CurrentUser\My' {
        $certificate = New-TestCertificate
        Register-EmulatorCertificate $emulator $partner $certificate
        $store = [System.Security.Cryptography.X509Certificates.X509Store]::new('My', 'CurrentUser')
        $store.Open('ReadWrite')
        $store.Add($certificate)
        try {
            $connection = Connect-PCSandbox @common -ClientId $app.clientId -CertificateThumbprint $certificate.Thumbprint

            $connection.SignInKind | Should -Be 'Certificate'
        }
        finally {
            $store.Remove($certificate)
            $store.Dispose()
        }
    }

    It 'refuses a certificate that is not registered for the application' {
        { Connect-PCSandbox @common -ClientId $app.clientId -Certificate (New-TestCertificate) } |
            Should -Throw -ErrorId 'InvalidClientCertificate,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
    }

    It 'refuses a certificate without its private key before any request' {
        $publicOnly = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new((New-TestCertificate).RawData)

        { Connect-PCSandbox @common -ClientId $app.clientId -Certificate $publicOnly } | Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].Exception.Message | Should -Match 'private key'
    }

    It 'says which thumbprint it did not find' {
        { Connect-PCSandbox @common -ClientId $app.clientId -CertificateThumbprint ('AB' * 20) } | Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].Exception.Message | Should -Match ('AB' * 20)
    }

    It 'gives each sign-in failure its own error id' -TestCases @(
        @{ Case = 'unknown tenant'; Tenant = '99999999-9999-4999-8999-999999999999'; Client = $null; Id = 'TenantNotFound' }
        @{ Case = 'unknown client'; Tenant = $null; Client = '99999999-9999-4999-8999-999999999999'; Id = 'ClientNotFound' }
    ) {
        $tenant = if ($Tenant) { $Tenant } else { $partner.tenantId }
        $client = if ($Client) { $Client } else { $app.clientId }

        { Connect-PCSandbox -Endpoint $emulator.BaseUri -SkipCertificateCheck -TenantId $tenant -ClientId $client -ClientSecret (Get-TestSecret $partner) } |
            Should -Throw -ErrorId "$Id,PartnerSandbox.Commands.ConnectPCSandboxCommand"
        $Error[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }
}

Describe 'MSAL''s log' {
    It 'reaches the debug stream of the sign-in when the caller''s own $DebugPreference turns it on' {
        $secret = Get-TestSecret $partner
        # The caller's own preference, not -Debug (DebugSwitch.Tests.ps1): a preference set in a script's scope must reach it.
        $DebugPreference = 'Continue'

        $records = Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret $secret 5>&1

        @($records | Where-Object { $_ -is [System.Management.Automation.DebugRecord] -and $_.Message -like 'MSAL *' }).Count | Should -BeGreaterThan 0
    }
}

Describe 'Connections side by side' {
    It 'uses two partners in one script with -Connection' {
        $sandbox = Connect-TestPartner $emulator
        $production = Connect-TestPartner $emulator -Kind production
        $productionCustomer = (Get-SeedPartner $emulator production).customers[0].id

        (Get-PCSandboxOrder -Connection $sandbox -CustomerId $customerId)[0].CustomerId | Should -Be $customerId
        (Get-PCSandboxOrder -Connection $production -CustomerId $productionCustomer)[0].CustomerId | Should -Be $productionCustomer
        (Get-PCSandboxConnection).TenantId | Should -Be $production.TenantId
    }

    It 'refuses a connection that was disconnected, with NotConnected' {
        $old = Connect-TestPartner $emulator
        Disconnect-PCSandbox

        $old.IsDisconnected | Should -BeTrue
        { Get-PCSandboxOrder -Connection $old -CustomerId $customerId } | Should -Throw -ErrorId 'NotConnected,PartnerSandbox.Commands.GetPCSandboxOrderCommand'
        $Error[0].Exception.Message | Should -Match 'Disconnect-PCSandbox'
    }

    It 'keeps each ForEach-Object -Parallel runspace''s connection to itself' {
        $mine = Connect-TestPartner $emulator
        $modulePath = (Get-Module PartnerSandbox).Path
        $jobs = 'sandbox', 'production' | ForEach-Object {
            $kind = $_
            [pscustomobject]@{ Kind = $kind; Partner = Get-SeedPartner $emulator $kind }
        }

        $seen = $jobs | ForEach-Object -ThrottleLimit 2 -Parallel {
            Import-Module $using:modulePath
            $p = $_.Partner
            $secret = ConvertTo-SecureString $p.applications[0].clientSecret -AsPlainText -Force
            Connect-PCSandbox -Endpoint $using:emulator.BaseUri -SkipCertificateCheck -TenantId $p.tenantId -ClientId $p.applications[0].clientId -ClientSecret $secret | Out-Null
            [pscustomobject]@{ Expected = $p.tenantId; Current = (Get-PCSandboxConnection).TenantId }
        }

        $seen | ForEach-Object { $_.Current | Should -Be $_.Expected }
        (Get-PCSandboxConnection).TenantId | Should -Be $mine.TenantId
    }
}
