# Secretless sign-in: Connect-PCSandbox -Identity (the runbook host's managed identity) and -FederatedToken (a CI job's
# token), both a federated identity credential of the app registration, against the emulator's managed-identity endpoint
# and its Entra-style checks of issuer, subject, audience, signature and lifetime.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator
    $script:partner = Get-SeedPartner $emulator
    $script:production = Get-SeedPartner $emulator production
    $script:app = $partner.applications[0]
    $script:common = @{ Endpoint = $emulator.BaseUri; TenantId = $partner.tenantId; ClientId = $app.clientId; SkipCertificateCheck = $true }
    $script:customerId = $partner.customers[0].id
    $script:federatedIdentity = $partner.managedIdentities | Where-Object name -eq 'cleanup-runner'
    $script:unfederatedIdentity = $partner.managedIdentities | Where-Object name -eq 'other-workload'

    function Get-IdentityRequests {
        @(Get-EmulatorRequests $emulator GET | Where-Object path -like '*/msi/token')
    }
}

AfterAll {
    Clear-ManagedIdentityEnvironment
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Connect-PCSandbox -Identity' {
    BeforeEach {
        Set-ManagedIdentityEnvironment $emulator $partner | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'signs in as the app with the host''s system-assigned identity as its client assertion, with no secret anywhere' {
        $connection = Connect-PCSandbox @common -Identity

        $connection.SignInKind | Should -Be 'ManagedIdentity'
        $connection.ClientId | Should -Be $app.clientId
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
        $identityCall = @(Get-IdentityRequests)
        $identityCall.Count | Should -Be 1
        $identityCall[0].status | Should -Be 200
        $identityCall[0].query | Should -Match 'resource=api(%3A|:)(%2F%2F|//)AzureADTokenExchange'
        $identityCall[0].query | Should -Not -Match 'client_id' -Because 'the system-assigned identity is asked for by naming none'
    }

    It 'signs in with a user-assigned identity named by -IdentityClientId' {
        $connection = Connect-PCSandbox @common -Identity -IdentityClientId $federatedIdentity.clientId

        $connection.SignInKind | Should -Be 'ManagedIdentity'
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
        (Get-IdentityRequests)[0].query | Should -Match "client_id=$($federatedIdentity.clientId)"
    }

    It 'answers to the names Az.Accounts and Microsoft.Graph use' {
        (Get-Command Connect-PCSandbox).Parameters['Identity'].Aliases | Should -Be @('ManagedIdentity', 'MSI')

        (Connect-PCSandbox @common -MSI).SignInKind | Should -Be 'ManagedIdentity'
    }

    It 'reports <Case> as <Id>, with a recommended action' -TestCases @(
        @{ Case = 'an identity no federated credential trusts'; Id = 'FederatedSubjectMismatch'; Code = '700213'; Identity = { $unfederatedIdentity.clientId } }
        @{ Case = 'a user-assigned identity the host does not have'; Id = 'ManagedIdentityUnavailable'; Code = 'No User Assigned'; Identity = { '3b000000-0000-0000-0000-0000000000ff' } }
    ) {
        { Connect-PCSandbox @common -Identity -IdentityClientId (& $Identity) } | Should -Throw -ErrorId "$Id,PartnerSandbox.Commands.ConnectPCSandboxCommand"

        $Error[0].Exception.Message | Should -Match $Code
        $Error[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $Error[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'reports an app registration without any federated credential as FederatedCredentialNotFound' {
        Set-ManagedIdentityEnvironment $emulator $production | Out-Null

        { Connect-PCSandbox -Endpoint $emulator.BaseUri -SkipCertificateCheck -TenantId $production.tenantId -ClientId $production.applications[0].clientId -Identity } |
            Should -Throw -ErrorId 'FederatedCredentialNotFound,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].Exception.Message | Should -Match '70021'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match 'Federated credentials'
    }

    It 'reports a host that refuses the identity header as ManagedIdentityUnavailable' {
        $env:IDENTITY_HEADER = 'not-this-host-s-header'

        { Connect-PCSandbox @common -Identity } | Should -Throw -ErrorId 'ManagedIdentityUnavailable,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].Exception.Message | Should -Match 'system-assigned'
        (Get-IdentityRequests).status | Should -Be @(401)
    }

    It 'refuses an -IdentityClientId that is not a GUID before any request' {
        { Connect-PCSandbox @common -Identity -IdentityClientId 'cleanup-runner' } | Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'

        $Error[0].Exception.Message | Should -Match 'IdentityClientId'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-IdentityClientId'
        Get-EmulatorRequests $emulator | Should -BeNullOrEmpty
    }
}

Describe 'Connect-PCSandbox -FederatedToken' {
    BeforeAll {
        $script:issuer = New-TestIssuer $emulator
        $script:subject = 'repo:fabrikam/sandbox-cleanup:environment:sandbox'
        Register-EmulatorFederatedCredential $emulator $partner -Issuer $issuer.Issuer -Subject $subject
    }

    BeforeEach {
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'signs in with a managed identity''s token taken from the managed-identity endpoint' {
        $token = ConvertTo-SecureString (Get-ManagedIdentityToken $emulator $partner) -AsPlainText -Force

        $connection = Connect-PCSandbox @common -FederatedToken $token

        $connection.SignInKind | Should -Be 'FederatedToken'
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
    }

    It 'signs in with a CI job''s token, signed by an issuer the app registration trusts' {
        $token = ConvertTo-SecureString (New-TestIssuerToken $issuer -Subject $subject) -AsPlainText -Force

        $connection = Connect-PCSandbox @common -FederatedToken $token

        $connection.SignInKind | Should -Be 'FederatedToken'
        @(Get-PCSandboxOrder -CustomerId $customerId).Count | Should -BeGreaterThan 0
    }

    It 'reports <Case> as <Id> (AADSTS<Code>), with a recommended action' -TestCases @(
        @{ Case = 'an issuer no federated credential trusts'; Id = 'FederatedIssuerNotTrusted'; Code = '700211'; Token = { New-TestIssuerToken (New-TestIssuer $emulator) -Subject $subject } }
        @{ Case = 'another subject of a trusted issuer'; Id = 'FederatedSubjectMismatch'; Code = '700213'; Token = { New-TestIssuerToken $issuer -Subject 'repo:fabrikam/other:ref:refs/heads/main' } }
        @{ Case = 'a token for another audience'; Id = 'FederatedAudienceMismatch'; Code = '700212'; Token = { New-TestIssuerToken $issuer -Subject $subject -Audience 'api://AzureADMyOrg' } }
        @{ Case = 'a key the issuer does not publish'; Id = 'FederatedTokenSigningKeyNotFound'; Code = '7000272'; Token = { New-TestIssuerToken $issuer -Subject $subject -SigningKey ([Security.Cryptography.RSA]::Create(2048)) -KeyId 'not-published' } }
        @{ Case = 'a signature the issuer''s key does not verify'; Id = 'FederatedTokenSignatureInvalid'; Code = '50013'; Token = { New-TestIssuerToken $issuer -Subject $subject -SigningKey ([Security.Cryptography.RSA]::Create(2048)) } }
    ) {
        $token = ConvertTo-SecureString (& $Token) -AsPlainText -Force

        { Connect-PCSandbox @common -FederatedToken $token } | Should -Throw -ErrorId "$Id,PartnerSandbox.Commands.ConnectPCSandboxCommand"

        $Error[0].Exception.Message | Should -Match "AADSTS$Code\b"
        $Error[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $Error[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'reports an issuer whose OpenID configuration cannot be read as FederatedIssuerUnreachable' {
        # Nothing listens on port 1: the federated credential trusts an issuer that cannot be reached.
        $unreachable = 'https://127.0.0.1:1/unreachable-issuer'
        Register-EmulatorFederatedCredential $emulator $partner -Issuer $unreachable -Subject $subject
        $token = ConvertTo-SecureString (New-TestIssuerToken $issuer -Subject $subject -IssuerUrl $unreachable) -AsPlainText -Force

        { Connect-PCSandbox @common -FederatedToken $token } | Should -Throw -ErrorId 'FederatedIssuerUnreachable,PartnerSandbox.Commands.ConnectPCSandboxCommand'
        $Error[0].Exception.Message | Should -Match 'AADSTS90061'
        $Error[0].CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'fails with FederatedTokenExpired, which names the mode, for a token that has expired, and sends nothing' {
        $token = ConvertTo-SecureString (New-TestIssuerToken $issuer -Subject $subject -ExpiresIn ([TimeSpan]::FromHours(-1))) -AsPlainText -Force

        { Connect-PCSandbox @common -FederatedToken $token } | Should -Throw -ErrorId 'FederatedTokenExpired,PartnerSandbox.Commands.ConnectPCSandboxCommand'

        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-FederatedToken'
        $Error[0].Exception.Message | Should -Match 'cannot get a new one'
        $Error[0].ErrorDetails.RecommendedAction | Should -Match '-Identity'
        @(Get-EmulatorRequests $emulator POST) | Should -BeNullOrEmpty
    }

    It 'refuses a value that is not a JWT before any request' {
        { Connect-PCSandbox @common -FederatedToken (ConvertTo-SecureString 'not-a-token' -AsPlainText -Force) } |
            Should -Throw -ErrorId 'InvalidArgument,PartnerSandbox.Commands.ConnectPCSandboxCommand'

        $Error[0].Exception.Message | Should -Match 'not a JWT'
        Get-EmulatorRequests $emulator | Should -BeNullOrEmpty
    }
}

Describe 'Renewal across short token lifetimes' {
    BeforeAll {
        # Access tokens and managed-identity tokens both live two seconds here.
        $script:shortLived = Start-TestEmulator -ArgumentList '--token-lifetime', '2'
        $script:shortCommon = @{ Endpoint = $shortLived.BaseUri; TenantId = $partner.tenantId; ClientId = $app.clientId; SkipCertificateCheck = $true }

        # A run of calls paced like a runbook's own work between them; nothing waits for anything to happen.
        function Invoke-Run {
            param([TimeSpan] $For, [scriptblock] $Until = { $false })
            $deadline = [DateTime]::UtcNow.Add($For)
            while ([DateTime]::UtcNow -lt $deadline) {
                Get-PCSandboxOrder -CustomerId $customerId -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
                if ($failed) { return $failed[0] }
                Start-Sleep -Milliseconds 100
            }
        }
    }

    AfterAll {
        Clear-ManagedIdentityEnvironment
        Stop-TestEmulator $shortLived
    }

    It '-Identity presents a fresh managed-identity token at every renewal, and never sends an expired access token' {
        Set-ManagedIdentityEnvironment $shortLived $partner | Out-Null
        Connect-PCSandbox @shortCommon -Identity | Out-Null
        Invoke-EmulatorAdmin $shortLived Delete 'requests' | Out-Null

        $failure = Invoke-Run -For ([TimeSpan]::FromSeconds(7))

        $failure | Should -BeNullOrEmpty
        @(Get-EmulatorRequests $shortLived GET | Where-Object path -like '/v1/*' | Where-Object status -eq 401) | Should -BeNullOrEmpty
        $renewals = @(Get-EmulatorRequests $shortLived POST | Where-Object path -like '*/oauth2/v2.0/token')
        $renewals.Count | Should -BeGreaterOrEqual 3
        $renewals.status | Sort-Object -Unique | Should -Be 200
        @(Get-EmulatorRequests $shortLived GET | Where-Object path -like '*/msi/token').Count | Should -Be $renewals.Count
    }

    It '-FederatedToken gets access tokens with its assertion while it is valid, then fails with FederatedTokenExpired' {
        $shortIssuer = New-TestIssuer $shortLived
        $ciSubject = 'repo:fabrikam/sandbox-cleanup:ref:refs/heads/main'
        Register-EmulatorFederatedCredential $shortLived $partner -Issuer $shortIssuer.Issuer -Subject $ciSubject
        # In whole seconds, as the token's exp holds it.
        $expires = [DateTimeOffset]::FromUnixTimeSeconds([DateTimeOffset]::UtcNow.AddSeconds(5).ToUnixTimeSeconds())
        $token = New-TestIssuerToken $shortIssuer -Subject $ciSubject -ExpiresAt $expires
        Connect-PCSandbox @shortCommon -FederatedToken (ConvertTo-SecureString $token -AsPlainText -Force) | Out-Null
        Invoke-EmulatorAdmin $shortLived Delete 'requests' | Out-Null

        $failure = Invoke-Run -For ([TimeSpan]::FromSeconds(20))

        $failure.FullyQualifiedErrorId | Should -BeLike 'FederatedTokenExpired,*'
        $failure.Exception.Message | Should -Match 'expired at'
        [DateTimeOffset]::UtcNow | Should -BeGreaterOrEqual $expires
        @(Get-EmulatorRequests $shortLived POST | Where-Object path -like '*/oauth2/v2.0/token' | Where-Object status -eq 200).Count |
            Should -BeGreaterOrEqual 1 -Because 'the assertion was presented again for renewals while it was valid'
    }
}

# Last: it moves the emulator's clock by a day.
Describe 'A federated token the sign-in service finds expired' {
    It 'fails with FederatedTokenExpired, while -Identity renews itself with a fresh managed-identity token' {
        Set-ManagedIdentityEnvironment $emulator $partner | Out-Null
        $token = ConvertTo-SecureString (Get-ManagedIdentityToken $emulator $partner) -AsPlainText -Force
        $federated = Connect-PCSandbox @common -FederatedToken $token
        $identity = Connect-PCSandbox @common -Identity
        Invoke-EmulatorAdmin $emulator Post 'clock' @{ advanceDays = 1 } | Out-Null

        Get-PCSandboxOrder -Connection $federated -CustomerId $customerId -ErrorVariable failures -ErrorAction SilentlyContinue
        $orders = @(Get-PCSandboxOrder -Connection $identity -CustomerId $customerId)

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'FederatedTokenExpired,*'
        $failures[0].Exception.Message | Should -Match 'refused as expired'
        $failures[0].Exception.InnerException.Message | Should -Match 'AADSTS700024'
        $orders.Count | Should -BeGreaterThan 0
    }
}
