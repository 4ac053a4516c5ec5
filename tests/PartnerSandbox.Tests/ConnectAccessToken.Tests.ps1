# A token the caller brings (-AccessToken), and the module's own tokens renewed over a long run. Its own emulator:
# the tests move its clock.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator
    . (Join-Path $PSScriptRoot 'Support/SignInFixture.ps1')
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'An access token' {
    BeforeEach {
        $tokenEndpoint = [uri]::new($emulator.BaseUri, "$($partner.tenantId)/oauth2/v2.0/token")
        $body = @{ grant_type = 'client_credentials'; client_id = $app.clientId; client_secret = $app.clientSecret; scope = 'https://api.partnercenter.microsoft.com/.default' }
        $script:token = (Invoke-RestMethod -Method Post -Uri $tokenEndpoint -Body $body -SkipCertificateCheck).access_token
    }

    It 'is used as given' {
        $connection = Connect-PCSandbox @common -AccessToken (ConvertTo-SecureString $token -AsPlainText -Force)

        $connection.SignInKind | Should -Be 'AccessToken'
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
    }

    It 'fails with AccessTokenExpired, which says it cannot be renewed, once the service refuses it' {
        Connect-PCSandbox @common -AccessToken (ConvertTo-SecureString $token -AsPlainText -Force) | Out-Null
        Invoke-EmulatorAdmin $emulator Post 'clock' @{ advanceDays = 1 } | Out-Null

        Get-PCSandboxOrder -CustomerId $customerId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AccessTokenExpired,*'
        $failures[0].Exception.Message | Should -Match 'cannot be renewed'
    }
}

Describe 'Tokens over a long run' {
    It 'renews a token the service finds expired once, and retries the call once' {
        Connect-TestPartner $emulator | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
        Invoke-EmulatorAdmin $emulator Post 'clock' @{ advanceDays = 1 } | Out-Null

        $orders = @(Get-PCSandboxOrder -CustomerId $customerId)

        $orders.Count | Should -BeGreaterThan 0
        $calls = @(Get-EmulatorRequests $emulator GET | Where-Object path -like '*/orders')
        $calls.status | Should -Be @(401, 200)
        @(Get-EmulatorRequests $emulator POST | Where-Object path -like '*/oauth2/v2.0/token').Count | Should -Be 1
    }
}
