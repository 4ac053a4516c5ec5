# The service as it really answers: a token for the retired graph.windows.net audience, the MFA refusals partners
# report, refresh tokens that stay valid when redeemed, and every error-body shape, each classified as what it is.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator
    $script:partner = Get-SeedPartner $emulator
    $script:app = $partner.applications[0]
    $script:common = @{ Endpoint = $emulator.BaseUri; TenantId = $partner.tenantId; SkipCertificateCheck = $true }
    $script:customerId = $partner.customers[0].id
    function script:Add-Fault([hashtable] $Fault) { Invoke-EmulatorAdmin $emulator Post 'faults' $Fault | Out-Null }
    function script:Get-TokenRequests { @(Get-EmulatorRequests $emulator POST | Where-Object path -like '*/oauth2/v2.0/token') }
    function script:New-RefreshToken([string] $UserPrincipalName, [bool] $Mfa) {
        $body = @{ tenantId = $partner.tenantId; clientId = $app.clientId; userPrincipalName = $UserPrincipalName; mfa = $Mfa }
        ConvertTo-SecureString (Invoke-EmulatorAdmin $emulator Post 'refresh-tokens' $body).refreshToken -AsPlainText -Force
    }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Tokens the service refuses for good' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }
    AfterEach { Invoke-EmulatorAdmin $emulator Post 'knobs' @{ mfaErrorCode = 900421 } | Out-Null }

    It 'a token for graph.windows.net, which only -AccessToken can bring, is WrongTokenAudience, sent once' {
        $tokenEndpoint = [uri]::new($emulator.BaseUri, "$($partner.tenantId)/oauth2/v2.0/token")
        $body = @{ grant_type = 'client_credentials'; client_id = $app.clientId; client_secret = $app.clientSecret; scope = 'https://graph.windows.net/.default' }
        $token = (Invoke-RestMethod -Method Post -Uri $tokenEndpoint -Body $body -SkipCertificateCheck).access_token
        Connect-PCSandbox @common -AccessToken (ConvertTo-SecureString $token -AsPlainText -Force) | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null

        Get-PCSandboxOrder -CustomerId $customerId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'WrongTokenAudience,*'
        $failures[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failures[0].ErrorDetails.Message | Should -Match '900420'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match '-AccessToken'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'https://api.partnercenter.microsoft.com'
        @(Get-EmulatorRequests $emulator GET).Count | Should -Be 1
        $failures[0].ErrorDetails.Message | Should -Not -Match ([regex]::Escape($token))
    }

    It 'the API''s 10001 "MFA required" is MfaRequired, and the token is not renewed in vain' {
        Invoke-EmulatorAdmin $emulator Post 'knobs' @{ mfaErrorCode = 10001 } | Out-Null
        Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken (New-RefreshToken $partner.users[0].userPrincipalName $false) | Out-Null

        Get-PCSandboxCustomer -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'MfaRequired,*'
        $failures[0].ErrorDetails.Message | Should -Match '10001'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'sign in again with MFA'
        (Get-TokenRequests).Count | Should -Be 1 -Because 'only the sign-in itself went to the token endpoint'
        @(Get-EmulatorRequests $emulator GET | Where-Object path -eq '/v1/customers').Count | Should -Be 1
    }

    It 'a refresh token that conditional access wants MFA for (AADSTS50076) is MfaRequired at sign-in' {
        $refreshToken = New-RefreshToken 'mfa-enforced@fabrikam.onmicrosoft.com' $false

        { Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken } |
            Should -Throw -ErrorId 'MfaRequired,PartnerSandbox.Commands.ConnectPCSandboxCommand'

        $Error[0].ErrorDetails.Message | Should -Match '50076'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match 'sign in once more with MFA'
    }
}

Describe 'Refresh tokens' {
    It 'stay usable after they are redeemed, and the newest one is handed back' {
        $refreshToken = New-RefreshToken $partner.users[0].userPrincipalName $true
        $given = [Net.NetworkCredential]::new('', $refreshToken).Password

        $first = Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken
        $second = Connect-PCSandbox @common -ClientId $app.clientId -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken

        @(Get-PCSandboxOrder -Connection $first -CustomerId $customerId).Count | Should -BeGreaterThan 0
        @(Get-PCSandboxOrder -Connection $second -CustomerId $customerId).Count | Should -BeGreaterThan 0
        [Net.NetworkCredential]::new('', $first.GetRefreshToken()).Password | Should -Not -Be $given
    }
}

Describe 'Every error-body shape, classified' {
    BeforeAll { Connect-TestPartner $emulator | Out-Null }
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
    }

    It '<Shape> is <ErrorId>' -TestCases @(
        @{ Shape = 'code 0 (a value outside the enum)'; Status = 400; Body = '{"code":0,"description":"The provided value ''none'' is not a valid OrderStatus.","data":[],"source":"PartnerFD"}'; ErrorId = 'InvalidRequest'; Text = 'with error code 0: The provided value ''none'' is not a valid OrderStatus.' }
        @{ Shape = 'a string code'; Status = 400; Body = '{"code":"800061","description":"Order can''t be canceled","data":[],"source":"PartnerFD"}'; ErrorId = 'OrderNotCancellable'; Text = 'with error code 800061' }
        @{ Shape = 'no data'; Status = 404; Body = '{"code":60003,"description":"Tenant not found.","source":"PartnerFD"}'; ErrorId = 'CustomerNotFound'; Text = 'Tenant not found.' }
        @{ Shape = 'errorName without a code'; Status = 403; Body = '{"errorName":"Forbidden","isRetryable":false,"message":"The partner may not read these orders."}'; ErrorId = 'PermissionDenied'; Text = 'with error code Forbidden: The partner may not read these orders.' }
        @{ Shape = 'the gateway''s statusCode and message'; Status = 404; Body = '{"statusCode":404,"message":"Resource not found"}'; ErrorId = 'NotFound'; Text = 'has no resource at GET' }
        @{ Shape = 'a 401 with the audience code as a string'; Status = 401; Body = '{"code":"900420","description":"The audience ''https://graph.windows.net'' in the token is invalid."}'; ErrorId = 'WrongTokenAudience'; Text = '900420' }
    ) {
        Add-Fault @{ method = 'GET'; pathContains = '/orders'; kind = 'answer'; status = $Status; body = $Body; count = 2 }

        Get-PCSandboxOrder -CustomerId $customerId -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike "$ErrorId,*"
        $failures[0].ErrorDetails.Message | Should -BeLike "Customer $($customerId): *"
        $failures[0].ErrorDetails.Message | Should -Match ([regex]::Escape($Text))
    }
}
