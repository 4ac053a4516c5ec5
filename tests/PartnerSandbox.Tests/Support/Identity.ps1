# Identities a test brings to the emulator: certificates, an admin's refresh token, a runbook host's managed identity,
# and a CI system's OIDC issuer with its tokens and the federated credentials that trust them.

function New-TestCertificate {
    <# A self-signed RSA certificate with its private key, made in memory (New-SelfSignedCertificate is Windows-only). #>
    param([string] $Subject = "CN=PartnerSandbox test $([guid]::NewGuid())")
    $rsa = [System.Security.Cryptography.RSA]::Create(2048)
    $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new(
        $Subject, $rsa, [System.Security.Cryptography.HashAlgorithmName]::SHA256, [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
    $certificate = $request.CreateSelfSigned([DateTimeOffset]::UtcNow.AddDays(-1), [DateTimeOffset]::UtcNow.AddDays(30))
    # Through PKCS#12, so that the key is usable on every platform (and can be put in a store).
    $password = [guid]::NewGuid().ToString()
    [System.Security.Cryptography.X509Certificates.X509Certificate2]::new(
        $certificate.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Pfx, $password), $password,
        [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::Exportable)
}

function Register-EmulatorCertificate {
    <# Registers the public part of a certificate for the seeded partner's first application. #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] $Partner, [Parameter(Mandatory)] $Certificate)
    $path = "partners/$($Partner.tenantId)/applications/$($Partner.applications[0].clientId)/certificates"
    Invoke-EmulatorAdmin $Emulator Post $path @{ certificate = [Convert]::ToBase64String($Certificate.RawData) } | Out-Null
}

function New-EmulatorRefreshToken {
    <# The refresh token a partner admin's one-time sign-in would have given (Secure Application Model). #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] $Partner, [bool] $Mfa = $true)
    $body = @{ tenantId = $Partner.tenantId; clientId = $Partner.applications[0].clientId; userPrincipalName = $Partner.users[0].userPrincipalName; mfa = $Mfa }
    (Invoke-EmulatorAdmin $Emulator Post 'refresh-tokens' $body).refreshToken
}

function Set-ManagedIdentityEnvironment {
    <#
        Sets IDENTITY_ENDPOINT and IDENTITY_HEADER as the partner's runbook host (Azure Automation, App Service) would, for
        the emulator's managed-identity endpoint; MSAL reads them from the process environment. Returns the two values.
    #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] $Partner)
    $environment = Invoke-EmulatorAdmin $Emulator Get "partners/$($Partner.tenantId)/managed-identity"
    $env:IDENTITY_ENDPOINT = $environment.identityEndpoint
    $env:IDENTITY_HEADER = $environment.identityHeader
    $environment
}

function Clear-ManagedIdentityEnvironment {
    Remove-Item Env:IDENTITY_ENDPOINT, Env:IDENTITY_HEADER -ErrorAction SilentlyContinue
}

function Get-ManagedIdentityToken {
    <# A managed identity's token for api://AzureADTokenExchange, asked for as a runbook's own code would (the App Service protocol). #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] $Partner, [string] $IdentityClientId)
    $environment = Invoke-EmulatorAdmin $Emulator Get "partners/$($Partner.tenantId)/managed-identity"
    $query = 'api-version=2019-08-01&resource=api://AzureADTokenExchange' + $(if ($IdentityClientId) { "&client_id=$IdentityClientId" })
    (Invoke-RestMethod -Uri "$($environment.identityEndpoint)?$query" -Headers @{ 'X-IDENTITY-HEADER' = $environment.identityHeader }).access_token
}

function ConvertTo-Base64Url {
    param([Parameter(Mandatory)] [byte[]] $Bytes)
    [Convert]::ToBase64String($Bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
}

function New-TestIssuer {
    <#
        An OIDC issuer the test owns, standing in for a CI system: its RSA private key stays here and signs the test's own
        tokens; the emulator publishes the public key at the issuer's jwks_uri, where its federated-credential check finds it.
    #>
    param([Parameter(Mandatory)] $Emulator, [string] $Name = "ci-$([guid]::NewGuid().ToString('N').Substring(0, 8))")
    $key = [System.Security.Cryptography.RSA]::Create(2048)
    $keyId = [guid]::NewGuid().ToString('N')
    $public = $key.ExportParameters($false)
    $jwk = @{ kty = 'RSA'; use = 'sig'; alg = 'RS256'; kid = $keyId; n = ConvertTo-Base64Url $public.Modulus; e = ConvertTo-Base64Url $public.Exponent }
    $issuer = (Invoke-EmulatorAdmin $Emulator Post 'issuers' @{ name = $Name; keys = @{ keys = @($jwk) } }).issuer
    [pscustomobject]@{ Issuer = $issuer; Key = $key; KeyId = $keyId }
}

function New-TestIssuerToken {
    <#
        A token of a test issuer, signed RS256 as a CI system signs its OIDC tokens; -SigningKey and -KeyId make a forged one.
        -ExpiresAt (whole seconds, as exp holds them) wins over -ExpiresIn.
    #>
    param(
        [Parameter(Mandatory)] $Issuer,
        [Parameter(Mandatory)] [string] $Subject,
        [string] $Audience = 'api://AzureADTokenExchange',
        [TimeSpan] $ExpiresIn = [TimeSpan]::FromMinutes(10),
        [Nullable[DateTimeOffset]] $ExpiresAt,
        [System.Security.Cryptography.RSA] $SigningKey = $Issuer.Key,
        [string] $KeyId = $Issuer.KeyId,
        [string] $IssuerUrl = $Issuer.Issuer
    )
    $expires = ($ExpiresAt ?? [DateTimeOffset]::UtcNow.Add($ExpiresIn)).ToUnixTimeSeconds()
    $issuedAt = [Math]::Min([DateTimeOffset]::UtcNow.ToUnixTimeSeconds(), $expires - 60)
    $header = @{ alg = 'RS256'; typ = 'JWT'; kid = $KeyId } | ConvertTo-Json -Compress
    $claims = @{ iss = $IssuerUrl; sub = $Subject; aud = $Audience; iat = $issuedAt; nbf = $issuedAt; exp = $expires; jti = [guid]::NewGuid().ToString() } | ConvertTo-Json -Compress
    $unsigned = '{0}.{1}' -f (ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes($header))), (ConvertTo-Base64Url ([Text.Encoding]::UTF8.GetBytes($claims)))
    $signature = $SigningKey.SignData([Text.Encoding]::ASCII.GetBytes($unsigned), [Security.Cryptography.HashAlgorithmName]::SHA256, [Security.Cryptography.RSASignaturePadding]::Pkcs1)
    "$unsigned.$(ConvertTo-Base64Url $signature)"
}

function Register-EmulatorFederatedCredential {
    <# Adds a federated identity credential to the partner's first application, as an admin does in the app registration. #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] $Partner, [Parameter(Mandatory)] [string] $Issuer, [Parameter(Mandatory)] [string] $Subject)
    $path = "partners/$($Partner.tenantId)/applications/$($Partner.applications[0].clientId)/federated-credentials"
    Invoke-EmulatorAdmin $Emulator Post $path @{ name = "test-$([guid]::NewGuid().ToString('N'))"; issuer = $Issuer; subject = $Subject; audiences = @('api://AzureADTokenExchange') } | Out-Null
}
