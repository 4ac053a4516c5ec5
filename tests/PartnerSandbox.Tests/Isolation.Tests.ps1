# Beside another module's MSAL (Az.Accounts and Microsoft.Graph ship their own): import order must not matter.
# Each case runs in a new pwsh process, since a loaded assembly cannot be unloaded.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    $packages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $script:otherMsal = Join-Path $packages 'microsoft.identity.client/4.61.3/lib/net6.0/Microsoft.Identity.Client.dll'
    $script:repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

    # Runs $Steps in a new pwsh with the module path, the emulator and the other MSAL's path; returns its JSON output.
    function script:Invoke-InNewSession([string] $Steps) {
        $app = $partner.applications[0]
        $script = @"
`$ErrorActionPreference = 'Stop'
function Import-OtherMsal { Add-Type -Path '$otherMsal' }
function Import-Ours { Import-Module '$($env:PARTNERSANDBOX_MODULE_PATH ?? (Join-Path $repositoryRoot 'out/PartnerSandbox'))' }
function Connect-Ours {
    Connect-PCSandbox -Endpoint '$($emulator.BaseUri)' -SkipCertificateCheck -TenantId '$($partner.tenantId)' -ClientId '$($app.clientId)' ``
        -ClientSecret (ConvertTo-SecureString '$($app.clientSecret)' -AsPlainText -Force) | Out-Null
    @(Get-PCSandboxOrder -CustomerId '$($partner.customers[0].id)').Count
}
$Steps
[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -in 'Microsoft.Identity.Client', 'System.Text.Json', 'PartnerSandbox.Engine' } | ForEach-Object {
    [pscustomobject]@{ Name = `$_.GetName().Name; Version = `$_.GetName().Version.ToString(); Context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).GetType().Name; Location = `$_.Location }
} | ConvertTo-Json -AsArray
"@
        $file = Join-Path $TestDrive "session-$([guid]::NewGuid()).ps1"
        Set-Content -LiteralPath $file -Value $script
        Push-Location $repositoryRoot
        try {
            $output = & dotnet tool run pwsh -NoProfile -NonInteractive -File $file 2>&1
        }
        finally {
            Pop-Location
        }
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $loaded = $output | Select-Object -Skip 1 | Out-String | ConvertFrom-Json
        [pscustomobject]@{
            Orders = [int] $output[0]
            Msal   = @($loaded | Where-Object Name -eq 'Microsoft.Identity.Client')
            Json   = @($loaded | Where-Object Name -eq 'System.Text.Json')
            Engine = @($loaded | Where-Object Name -eq 'PartnerSandbox.Engine')
        }
    }
}

AfterAll {
    Stop-TestEmulator $emulator
}

Describe 'PartnerSandbox beside another MSAL' {
    It 'works when another module''s older MSAL was loaded first' {
        $result = Invoke-InNewSession "Import-OtherMsal; Import-Ours; Connect-Ours"

        $result.Orders | Should -BeGreaterThan 0
        ($result.Msal | Where-Object Version -like '4.61.*').Context | Should -Be 'DefaultAssemblyLoadContext'
        ($result.Msal | Where-Object Version -like '4.92.*').Context | Should -Be 'IsolatedLoadContext'
    }

    It 'uses the runtime''s System.Text.Json, newer than the one it ships, so the process keeps one' {
        $result = Invoke-InNewSession "Import-Ours; Connect-Ours"

        $result.Orders | Should -BeGreaterThan 0
        $result.Json.Count | Should -Be 1
        $result.Json[0].Context | Should -Be 'DefaultAssemblyLoadContext'
        [version] $result.Json[0].Version | Should -BeGreaterThan ([version] '8.0.0.0') -Because 'PowerShell 7.6 runs on .NET 10; the module ships 8.0'
        $result.Msal.Context | Should -Be 'IsolatedLoadContext' -Because 'what only the module brings stays in its own context'
    }

    It 'loads MSAL and the engine as the ReadyToRun images of this platform when the build made them' {
        $result = Invoke-InNewSession "Import-Ours; Connect-Ours"

        $result.Orders | Should -BeGreaterThan 0
        $version = (Import-PowerShellDataFile (Join-Path $repositoryRoot 'PartnerSandbox.psd1')).ModuleVersion
        $dependencies = Join-Path ($env:PARTNERSANDBOX_MODULE_PATH ?? (Join-Path $repositoryRoot 'out/PartnerSandbox')) "$version/dependencies"
        $images = Join-Path $dependencies ([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier)
        $expected = (Test-Path $images) ? $images : $dependencies
        foreach ($assembly in $result.Msal + $result.Engine) {
            Split-Path $assembly.Location | Should -Be $expected -Because "$($assembly.Name) should come from the folder for this platform"
        }
    }

    It 'leaves the other module free to load its MSAL afterwards' {
        $result = Invoke-InNewSession "Import-Ours; Connect-Ours; Import-OtherMsal"

        $result.Orders | Should -BeGreaterThan 0
        @($result.Msal).Count | Should -Be 2
        ($result.Msal | Where-Object Version -like '4.61.*').Context | Should -Be 'DefaultAssemblyLoadContext'
    }
}
