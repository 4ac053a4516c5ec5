# Helpers shared by the Pester tests: a real emulator process on a free port, its admin API, and the seed's data.

$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

function Import-PartnerSandboxModule {
    $path = $env:PARTNERSANDBOX_MODULE_PATH
    if (-not $path) { $path = Join-Path $script:RepositoryRoot 'out/PartnerSandbox' }
    # -Global: imported from inside this module, it would otherwise be visible only here.
    Import-Module $path -Force -Global -ErrorAction Stop
}

function Start-TestEmulator {
    <#
        Starts the emulator as its own process on a free port and waits for the line that gives its URL. Tests get the
        admin API (test mode) and no rate limit unless they ask for one (-ArgumentList '--rate-limit', '20'); the demo
        runs it as a user would.
    #>
    param(
        # A seed file, or the name of a built-in seed (tests/seeds/<name>.json, embedded in the emulator); empty for
        # none (when -ArgumentList has --generate).
        [string] $Seed = (Join-Path $script:RepositoryRoot 'tests/seeds/test.json'),
        [string[]] $ArgumentList = @(),
        [switch] $WithoutAdminApi,
        # The emulator program to start, such as an installed tool; by default the build's, through dotnet.
        [string] $Executable,
        # Where it runs; by default where this process does.
        [string] $WorkingDirectory,
        # Environment variables to set for it; a null value removes one.
        [hashtable] $Environment = @{}
    )

    $program = @(if ($Executable) { $Executable } else { 'dotnet', (Join-Path $script:RepositoryRoot 'out/emulator/PartnerSandbox.Emulator.dll') })
    $start = [System.Diagnostics.ProcessStartInfo]::new($program[0])
    $mode = if ($WithoutAdminApi) { @() } else { @('--test-mode', '--rate-limit', 'off') }
    $seedArguments = if ($Seed) { @('--seed', $Seed) } else { @() }
    foreach ($argument in @($program | Select-Object -Skip 1) + @('--port', '0') + $seedArguments + $mode + $ArgumentList) { $start.ArgumentList.Add($argument) }
    if ($WorkingDirectory) { $start.WorkingDirectory = $WorkingDirectory }
    Set-ProcessEnvironment $start $Environment
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    $errors = $process.StandardError.ReadToEndAsync()

    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    $baseUri = $null
    while (-not $baseUri) {
        $line = $process.StandardOutput.ReadLineAsync()
        if (-not $line.Wait([Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)) -or $null -eq $line.Result) {
            $process.Kill($true)
            throw "The emulator did not start: $($errors.Result)"
        }
        if ($line.Result -match 'listening on (https://\S+)') { $baseUri = $Matches[1] }
    }

    # The banner's second line: a ready-to-paste Connect-PCSandbox for the first partner.
    $connectLine = $process.StandardOutput.ReadLineAsync()
    [pscustomobject]@{
        Process        = $process
        BaseUri        = [uri] $baseUri
        Seed           = if ($Seed) { Get-Content -LiteralPath (Resolve-SeedFile $Seed) -Raw | ConvertFrom-Json }
        ConnectCommand = if ($connectLine.Wait(10000) -and $connectLine.Result -like 'Connect-PCSandbox *') { $connectLine.Result }
    }
}

function Set-ProcessEnvironment {
    <# Sets the variables of $Environment for a process about to start; a null value removes the variable. #>
    param([Parameter(Mandatory)] [System.Diagnostics.ProcessStartInfo] $StartInfo, [Parameter(Mandatory)] [hashtable] $Environment)
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $null = $StartInfo.Environment.Remove($name) } else { $StartInfo.Environment[$name] = $Environment[$name] }
    }
}

function Get-BuiltInSeedName {
    <# The seeds the emulator carries: the files of tests/seeds/, by name without .json. #>
    @(Get-ChildItem (Join-Path $script:RepositoryRoot 'tests/seeds') -File -Filter '*.json' | ForEach-Object BaseName | Sort-Object)
}

function Resolve-SeedFile {
    <# The file of a seed given as the emulator takes it: a built-in seed's name, else a path. #>
    param([Parameter(Mandatory)] [string] $Seed)
    if ($Seed -cin (Get-BuiltInSeedName)) { Join-Path $script:RepositoryRoot "tests/seeds/$Seed.json" } else { $Seed }
}

function Get-PackagePath {
    <# A file of out/packages/, which build.ps1's Test and Package tasks write; fails clearly when it is not there. #>
    param([Parameter(Mandatory)] [string] $Name)
    $path = Join-Path $script:RepositoryRoot "out/packages/$Name"
    if (-not (Test-Path -LiteralPath $path)) { throw "$path is missing: build.ps1 -Task Test (or -Task Package) makes it." }
    $path
}

function New-CleanFolder {
    <# An empty folder of its own under the test drive, so that nothing of the repository or of another test is beside it. #>
    New-Item -ItemType Directory -Path (Join-Path (Get-PSDrive TestDrive).Root ([guid]::NewGuid().ToString('n')))
}

function Invoke-NewPwsh {
    <#
        Runs a script in a new pwsh process (the one running the tests) whose working directory is $WorkingDirectory,
        and returns its standard output; fails with both outputs when it exits non-zero or runs past the timeout.
    #>
    param(
        [Parameter(Mandatory)] [string] $Script,
        [Parameter(Mandatory)] [string] $WorkingDirectory,
        # Environment variables to set for it.
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 120
    )
    # Run as a .NET tool, pwsh is pwsh.dll in the dotnet host; otherwise it is its own executable.
    $hostPath = [Environment]::ProcessPath
    $start = [System.Diagnostics.ProcessStartInfo]::new($hostPath)
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -ne 'pwsh') { $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
    foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $Script) { $start.ArgumentList.Add($argument) }
    $start.WorkingDirectory = $WorkingDirectory
    Set-ProcessEnvironment $start $Environment
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $process = [System.Diagnostics.Process]::Start($start)
    try {
        $output = $process.StandardOutput.ReadToEndAsync()
        $errors = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
            $process.Kill($true)
            throw "The new pwsh did not finish within $TimeoutSeconds seconds."
        }
        if ($process.ExitCode -ne 0) { throw "The new pwsh exited with $($process.ExitCode): $($errors.Result)$($output.Result)" }
        $output.Result
    }
    finally {
        $process.Dispose()
    }
}

function Stop-TestEmulator {
    param([Parameter(Mandatory)] $Emulator)
    if (-not $Emulator.Process.HasExited) {
        $Emulator.Process.Kill($true)
        $Emulator.Process.WaitForExit()
    }
    $Emulator.Process.Dispose()
}

function Invoke-EmulatorAdmin {
    <# Calls the emulator's admin API (test mode only), e.g. Invoke-EmulatorAdmin $emulator Post faults @{ ... }. #>
    param(
        [Parameter(Mandatory)] $Emulator,
        [Parameter(Mandatory)] [Microsoft.PowerShell.Commands.WebRequestMethod] $Method,
        [Parameter(Mandatory)] [string] $Path,
        [object] $Body
    )
    $parameters = @{ Method = $Method; Uri = [uri]::new($Emulator.BaseUri, "_emulator/$Path"); SkipCertificateCheck = $true }
    if ($null -ne $Body) {
        $parameters.Body = $Body | ConvertTo-Json -Depth 5
        $parameters.ContentType = 'application/json'
    }
    Invoke-RestMethod @parameters
}

function Get-OrderStateChanges {
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $OrderId)
    (Invoke-EmulatorAdmin $Emulator Get "orders/$([uri]::EscapeDataString($OrderId))/changes").stateChanges
}

function Get-SubscriptionStateChanges {
    <# How often a subscription's state really changed, by the emulator's admin API. #>
    param([Parameter(Mandatory)] $Emulator, [Parameter(Mandatory)] [string] $SubscriptionId)
    (Invoke-EmulatorAdmin $Emulator Get "subscriptions/$([uri]::EscapeDataString($SubscriptionId))/changes").stateChanges
}

function Get-EmulatorRequests {
    param([Parameter(Mandatory)] $Emulator, [string] $Method)
    @(Invoke-EmulatorAdmin $Emulator Get 'requests') | ForEach-Object { $_ } | Where-Object { -not $Method -or $_.method -eq $Method }
}

function Get-SeedPartner {
    param([Parameter(Mandatory)] $Emulator, [string] $Kind = 'sandbox')
    $Emulator.Seed.partners | Where-Object kind -eq $Kind | Select-Object -First 1
}

function Get-SeedOrder {
    <#
        The seeded orders of a partner that match a filter, with their customer id and their age in whole days
        (from ageDays, or from an absolute creationDate) attached.
    #>
    param([Parameter(Mandatory)] $Partner, [scriptblock] $Where = { $true })
    foreach ($customer in $Partner.customers) {
        foreach ($order in @($customer.orders)) {
            if ($null -eq $order) { continue }
            $age = if ($null -ne $order.ageDays) { $order.ageDays } else { [int][Math]::Floor(([DateTimeOffset]::UtcNow - [DateTimeOffset]$order.creationDate).TotalDays) }
            $order | Add-Member -NotePropertyName customerId -NotePropertyValue $customer.id -Force
            $order | Add-Member -NotePropertyName age -NotePropertyValue $age -Force
            if (& $Where $order) { $order }
        }
    }
}

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

function Get-TestSecret {
    param([Parameter(Mandatory)] $Partner)
    ConvertTo-SecureString $Partner.applications[0].clientSecret -AsPlainText -Force
}

function Connect-TestPartner {
    <# Connects as a seeded partner's first app; a sandbox partner is declared one (-IntegrationSandbox), as its owner would. #>
    param([Parameter(Mandatory)] $Emulator, [string] $Kind = 'sandbox', [switch] $Undeclared)
    $partner = Get-SeedPartner $Emulator $Kind
    $app = $partner.applications[0]
    Connect-PCSandbox -Endpoint $Emulator.BaseUri -TenantId $partner.tenantId -ClientId $app.clientId `
        -ClientSecret (ConvertTo-SecureString $app.clientSecret -AsPlainText -Force) -SkipCertificateCheck `
        -IntegrationSandbox:($Kind -eq 'sandbox' -and -not $Undeclared)
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

Export-ModuleMember -Function *
