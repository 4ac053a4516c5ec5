# Connect-PCSandbox's App+User sign-in (a stored refresh token, the Secure Application Model; a device code), and no
# secret in any stream of any sign-in mode. Its own emulator: it approves device codes, changes a knob and moves the
# clock.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -ArgumentList '--device-code-approval', '1'
    . (Join-Path $PSScriptRoot 'Support/SignInFixture.ps1')
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'App+User sign-in with a refresh token (Secure Application Model)' {
    It 'signs in as the user and hands out the rotated refresh token; the old one still works, as Entra keeps it' {
        $refreshToken = New-EmulatorRefreshToken $emulator $partner
        $secureRefreshToken = ConvertTo-SecureString $refreshToken -AsPlainText -Force

        $connection = Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $secureRefreshToken

        $connection.SignInKind | Should -Be 'RefreshToken'
        $connection.Account | Should -Be $partner.users[0].userPrincipalName
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
        $rotated = $connection.GetRefreshToken()
        $rotated | Should -BeOfType System.Security.SecureString
        $rotatedText = [System.Net.NetworkCredential]::new('', $rotated).Password
        $rotatedText | Should -Not -BeNullOrEmpty
        $rotatedText | Should -Not -Be $refreshToken

        # The module depends on neither: the newest token is handed back, and a redeemed one is not assumed spent.
        $old = Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $secureRefreshToken
        $again = Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $rotated
        $old.Account | Should -Be $partner.users[0].userPrincipalName
        $again.Account | Should -Be $partner.users[0].userPrincipalName
    }

    It 'reports a spent refresh token as RefreshTokenInvalid where the service spends them' {
        Invoke-EmulatorAdmin $emulator Post 'knobs' @{ refreshTokenReuse = 'reject' } | Out-Null
        try {
            $refreshToken = ConvertTo-SecureString (New-EmulatorRefreshToken $emulator $partner) -AsPlainText -Force
            Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken | Out-Null

            { Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken } |
                Should -Throw -ErrorId 'RefreshTokenInvalid,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        }
        finally {
            Invoke-EmulatorAdmin $emulator Post 'knobs' @{ refreshTokenReuse = 'allow' } | Out-Null
        }
    }

    It 'takes the application as a PSCredential, as a runbook has it' {
        $credential = [pscredential]::new($app.clientId, (Get-TestSecret $partner))
        $refreshToken = ConvertTo-SecureString (New-EmulatorRefreshToken $emulator $partner) -AsPlainText -Force

        $connection = Connect-PCSandbox @common -Credential $credential -RefreshToken $refreshToken

        $connection.SignInKind | Should -Be 'RefreshToken'
    }

    It 'reports a revoked refresh token as RefreshTokenRevoked' {
        $refreshToken = ConvertTo-SecureString (New-EmulatorRefreshToken $emulator $partner) -AsPlainText -Force
        Invoke-EmulatorAdmin $emulator Post 'refresh-tokens/revoke' @{ tenantId = $partner.tenantId; userPrincipalName = $partner.users[0].userPrincipalName } | Out-Null

        { Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken } |
            Should -Throw -ErrorId 'RefreshTokenRevoked,PartnerSandbox.Commands.ConnectPCSandboxCommand'
    }

    It 'reports a call with a token that lacks MFA as MfaRequired' {
        $refreshToken = ConvertTo-SecureString (New-EmulatorRefreshToken $emulator $partner -Mfa $false) -AsPlainText -Force
        Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken | Out-Null

        Get-PCSandboxOrder -CustomerId $customerId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'MfaRequired,*'
        $failures[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failures[0].ErrorDetails.Message | Should -Match '900421'
    }
}

Describe 'App+User sign-in with a device code' {
    It 'shows where to sign in and with which code, then connects as the user' {
        $connection = Connect-PCSandbox @common -ClientId $publicApp.clientId -UseDeviceAuthentication -WarningVariable shown -WarningAction SilentlyContinue

        $shown[0].Message | Should -Match 'enter the code [A-Z0-9]+'
        $connection.SignInKind | Should -Be 'DeviceCode'
        $connection.Account | Should -Be $partner.users[0].userPrincipalName
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
    }

    It 'keeps the sign-in across sessions with -PersistTokenCache, in a file only its owner can read, and Disconnect deletes it' {
        $realHome = $env:HOME
        $env:HOME = $TestDrive
        try {
            $file = Join-Path $TestDrive '.PartnerSandbox/partnersandbox.msalcache.bin'

            $firstConnection = Connect-PCSandbox @common -ClientId $publicApp.clientId -UseDeviceAuthentication -PersistTokenCache -WarningVariable first -WarningAction SilentlyContinue
            $second = Connect-PCSandbox @common -ClientId $publicApp.clientId -UseDeviceAuthentication -PersistTokenCache -WarningVariable again -WarningAction SilentlyContinue

            ($first.Message -join "`n") | Should -Match 'enter the code'
            ($first.Message -join "`n") | Should -Match 'keyring' -Because 'this machine has no keyring, and the user is told where the tokens are'
            ($again.Message -join "`n") | Should -Not -Match 'enter the code' -Because 'the second sign-in comes silently from the persisted cache'
            $second.Account | Should -Be $partner.users[0].userPrincipalName
            # The persistent cache and the refresh-token tracker share MSAL's one pair of cache notifications.
            $firstConnection.GetRefreshToken() | Should -BeOfType [securestring]
            $second.GetRefreshToken() | Should -BeOfType [securestring]
            (Get-Item $file).UnixFileMode | Should -Be ([System.IO.UnixFileMode]'UserRead, UserWrite')
            Disconnect-PCSandbox
            Test-Path $file | Should -BeFalse
        }
        finally {
            $env:HOME = $realHome
        }
    }

    It 'says when the app registration does not allow public client flows' {
        { Connect-PCSandbox @common -ClientId $app.clientId -UseDeviceAuthentication -WarningAction SilentlyContinue } |
            Should -Throw -ErrorId 'PublicClientNotAllowed,PartnerSandbox.Commands.ConnectPCSandboxCommand'
    }

    It 'answers to the aliases Az users type' {
        (Get-Command Connect-PCSandbox).Parameters['UseDeviceAuthentication'].Aliases | Should -Be @('DeviceCode', 'UseDeviceCode')
    }
}

Describe 'No secret reaches any stream' {
    It 'shows no secret, token, refresh token, assertion or key in any stream of any mode, -Verbose and -Debug included' {
        $certificate = New-TestCertificate
        Register-EmulatorCertificate $emulator $partner $certificate
        $refreshToken = New-EmulatorRefreshToken $emulator $partner
        $secret = Get-TestSecret $partner
        # The preference rather than -Debug: -Debug makes warnings (the device code message) ask for confirmation.
        $DebugPreference = 'Continue'
        $VerbosePreference = 'Continue'

        $pfxPassword = ConvertTo-SecureString ([guid]::NewGuid()) -AsPlainText -Force
        $pfx = Join-Path $TestDrive 'secrets.pfx'
        [IO.File]::WriteAllBytes($pfx, $certificate.Export('Pfx', $pfxPassword))
        $store = [System.Security.Cryptography.X509Certificates.X509Store]::new('My', 'CurrentUser')
        $store.Open('ReadWrite')
        $store.Add($certificate)
        $tokenEndpoint = [uri]::new($emulator.BaseUri, "$($partner.tenantId)/oauth2/v2.0/token")
        $accessToken = (Invoke-RestMethod -Method Post -Uri $tokenEndpoint -SkipCertificateCheck -Body @{
                grant_type = 'client_credentials'; client_id = $app.clientId; client_secret = $app.clientSecret; scope = 'https://api.partnercenter.microsoft.com/.default'
            }).access_token
        # The secretless modes: the host's managed identity, and a federated token (here a managed identity's, as a runbook could pass one on).
        $identityHeader = (Set-ManagedIdentityEnvironment $emulator $partner).identityHeader
        $federatedToken = Get-ManagedIdentityToken $emulator $partner
        $production = Get-SeedPartner $emulator production

        $capture = & {
            Connect-PCSandbox @common -ClientId $app.clientId -CertificateThumbprint $certificate.Thumbprint -Verbose
            Connect-PCSandbox @common -ClientId $app.clientId -CertificatePath $pfx -CertificatePassword $pfxPassword -Verbose
            Connect-PCSandbox @common -AccessToken (ConvertTo-SecureString $accessToken -AsPlainText -Force) -Verbose
            Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret $secret -Verbose
            Connect-PCSandbox @common -ServicePrincipal -Credential ([pscredential]::new($app.clientId, $secret)) -Verbose
            Connect-PCSandbox @common -ClientId $app.clientId -Certificate $certificate -Verbose
            $user = Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret $secret -RefreshToken (ConvertTo-SecureString $refreshToken -AsPlainText -Force) -Verbose
            $user
            $user | Format-List * | Out-String
            $user.GetRefreshToken()
            Connect-PCSandbox @common -ClientId $publicApp.clientId -UseDeviceAuthentication -Verbose
            Connect-PCSandbox @common -ClientId $app.clientId -Identity -Verbose
            # The connection the cancellation below goes through.
            Connect-PCSandbox @common -ClientId $app.clientId -FederatedToken (ConvertTo-SecureString $federatedToken -AsPlainText -Force) -IntegrationSandbox -Verbose
            try {
                Connect-PCSandbox -Endpoint $emulator.BaseUri -SkipCertificateCheck -TenantId $production.tenantId -ClientId $production.applications[0].clientId `
                    -FederatedToken (ConvertTo-SecureString $federatedToken -AsPlainText -Force) -Verbose
            }
            catch { $_ | Format-List * -Force | Out-String; $_.Exception | Format-List * -Force | Out-String }
            Get-PCSandboxOrder -CustomerId $customerId -Verbose | Select-Object -First 1 | Stop-PCSandboxOrder -Force -Verbose
            try { Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (ConvertTo-SecureString 'wrong-secret-value' -AsPlainText -Force) -Verbose }
            catch { $_ | Format-List * -Force | Out-String; $_.Exception | Format-List * -Force | Out-String }
        } *>&1 | Out-String
        $store.Remove($certificate)
        $store.Dispose()
        Clear-ManagedIdentityEnvironment

        $capture | Should -Match 'HTTP GET' -Because 'the debug stream was captured'
        $capture | Should -Match 'ManagedIdentity sign-in' -Because 'the secretless modes ran'
        $capture | Should -Match 'FederatedCredentialNotFound' -Because 'the failed federated sign-in was captured'
        $capture | Should -Not -Match ([regex]::Escape($federatedToken))
        $capture | Should -Not -Match ([regex]::Escape($identityHeader))
        $capture | Should -Not -Match ([regex]::Escape($app.clientSecret))
        $capture | Should -Not -Match ([regex]::Escape($refreshToken))
        $capture | Should -Not -Match 'wrong-secret-value'
        $capture | Should -Not -Match 'eyJ[A-Za-z0-9_-]{10,}\.eyJ' -Because 'no JWT (access, id or assertion token) may appear'
        $capture | Should -Not -Match 'PRIVATE KEY'
        $capture | Should -Not -Match ([regex]::Escape([System.Net.NetworkCredential]::new('', $pfxPassword).Password))
        $capture | Should -Not -Match '(?i)bearer [A-Za-z0-9_-]{20,}'
    }
}

# Last: it moves the emulator's clock by three months.
Describe 'A refresh token unused for 90 days' {
    It 'is reported as RefreshTokenExpired' {
        $refreshToken = ConvertTo-SecureString (New-EmulatorRefreshToken $emulator $partner) -AsPlainText -Force
        Invoke-EmulatorAdmin $emulator Post 'clock' @{ advanceDays = 91 } | Out-Null

        { Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken } |
            Should -Throw -ErrorId 'RefreshTokenExpired,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match 'sign in again'
    }
}
