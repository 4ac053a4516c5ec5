# What users install (out/packages/, made by build.ps1), each in a clean folder and a fresh process: the module from
# its nupkg through a local PSResourceGet repository and from the Azure Automation zip, imported by name; the emulator
# as a .NET tool and as this machine's single file, with no repository beside them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:version = (Get-Module PartnerSandbox).Version.ToString()
    $script:emulator = Start-TestEmulator -Shared

    # Imports PartnerSandbox by name in a new pwsh whose module path is $ModulePath (and PowerShell's own modules),
    # after $Before, then connects to the emulator and lists every order: where the module came from, and the order ids.
    function script:Invoke-ImportByName {
        param([Parameter(Mandatory)] [string] $ModulePath, [string] $Before = '', [hashtable] $Environment = @{})
        $partner = Get-SeedPartner $emulator
        $app = $partner.applications[0]
        $script = @"
`$ErrorActionPreference = 'Stop'
$Before
`$env:PSModulePath = '$ModulePath' + [IO.Path]::PathSeparator + (Join-Path `$PSHOME 'Modules')
Import-Module PartnerSandbox
Connect-PCSandbox -Endpoint '$($emulator.BaseUri)' -SkipCertificateCheck -TenantId '$($partner.tenantId)' -ClientId '$($app.clientId)' ``
    -ClientSecret (ConvertTo-SecureString '$($app.clientSecret)' -AsPlainText -Force) | Out-Null
[pscustomobject]@{
    ModuleBase = (Get-Module PartnerSandbox).ModuleBase
    Version    = (Get-Module PartnerSandbox).Version.ToString()
    Found      = @(Get-Module -ListAvailable PartnerSandbox).Count
    Orders     = @(Get-PCSandboxOrder | ForEach-Object OrderId)
} | ConvertTo-Json
"@
        Invoke-NewPwsh -Script $script -WorkingDirectory (New-CleanFolder) -Environment $Environment | ConvertFrom-Json
    }

    # Connects this session to an emulator started from a package and checks that it serves its seed's orders.
    function script:Assert-ServesTheSeed {
        param([Parameter(Mandatory)] $Emulator)
        Connect-TestPartner $Emulator | Out-Null
        try {
            $expected = @(Get-SeedOrder (Get-SeedPartner $Emulator)).id | Sort-Object
            $expected.Count | Should -BeGreaterThan 0
            @(Get-PCSandboxOrder).OrderId | Sort-Object | Should -Be $expected
        }
        finally {
            Disconnect-PCSandbox
        }
    }
}

AfterAll {
    Stop-TestEmulator $emulator
}

Describe 'The module package (nupkg)' {
    It 'saves from a local repository into an empty module path, imports by name, connects and lists' {
        $repository = New-CleanFolder
        Copy-Item (Get-PackagePath "PartnerSandbox.$version.nupkg") $repository
        $modules = New-CleanFolder
        $name = "PartnerSandboxTest-$([guid]::NewGuid().ToString('n'))"
        $save = @"
Register-PSResourceRepository -Name '$name' -Uri '$repository' -Trusted
try { Save-PSResource -Name PartnerSandbox -Version '$version' -Repository '$name' -Path '$modules' }
finally { Unregister-PSResourceRepository -Name '$name' }
"@
        # PSResourceGet keeps its repository list in the user's data folder; on Linux and macOS this puts it in the test's.
        $result = Invoke-ImportByName -ModulePath $modules -Before $save -Environment @{ XDG_DATA_HOME = (New-CleanFolder).FullName }

        $result.ModuleBase | Should -Be (Join-Path $modules "PartnerSandbox/$version")
        $result.Version | Should -Be $version
        $result.Found | Should -Be 1
        $result.Orders | Sort-Object | Should -Be (@(Get-SeedOrder (Get-SeedPartner $emulator)).id | Sort-Object)
    }

    It 'carries the release notes of this version from CHANGELOG.md and no project link' {
        Add-Type -AssemblyName System.IO.Compression.ZipFile
        $package = [IO.Compression.ZipFile]::OpenRead((Get-PackagePath "PartnerSandbox.$version.nupkg"))
        try {
            $reader = [IO.StreamReader]::new(($package.Entries | Where-Object FullName -eq 'PartnerSandbox.nuspec').Open())
            [xml] $nuspec = $reader.ReadToEnd()
            $reader.Dispose()
        }
        finally {
            $package.Dispose()
        }

        $nuspec.package.metadata.version | Should -Be $version
        $nuspec.package.metadata.releaseNotes | Should -Be (Get-Module PartnerSandbox).PrivateData.PSData.ReleaseNotes
        $nuspec.package.metadata.projectUrl | Should -BeNullOrEmpty
    }
}

Describe 'The Azure Automation zip' {
    It 'is the module folder named PartnerSandbox with its manifest and no version folder, under Automation''s 100 MB' {
        $zip = Get-PackagePath 'PartnerSandbox.zip'
        Add-Type -AssemblyName System.IO.Compression.ZipFile
        $archive = [IO.Compression.ZipFile]::OpenRead($zip)
        try { $entries = @($archive.Entries.FullName) } finally { $archive.Dispose() }
        $base = (Get-Module PartnerSandbox).ModuleBase
        $shipped = Get-ChildItem $base -File -Recurse | ForEach-Object { 'PartnerSandbox/' + [IO.Path]::GetRelativePath($base, $_.FullName).Replace('\', '/') }

        $entries | Sort-Object | Should -Be ($shipped | Sort-Object)
        $entries | Should -Contain 'PartnerSandbox/PartnerSandbox.psd1'
        (Get-Item $zip).Length | Should -BeLessThan 100MB
    }

    It 'imports by name once unpacked, connects and lists' {
        $modules = New-CleanFolder
        Expand-Archive (Get-PackagePath 'PartnerSandbox.zip') -DestinationPath $modules

        $result = Invoke-ImportByName -ModulePath $modules

        $result.ModuleBase | Should -Be (Join-Path $modules 'PartnerSandbox')
        $result.Found | Should -Be 1
        $result.Orders | Sort-Object | Should -Be (@(Get-SeedOrder (Get-SeedPartner $emulator)).id | Sort-Object)
    }
}

Describe 'The emulator as a .NET tool' {
    BeforeAll {
        $folder = New-CleanFolder
        # out/packages as the only package source: what is installed is what the build made.
        $config = Join-Path $folder 'nuget.config'
        Set-Content -LiteralPath $config -Value @"
<configuration><packageSources><clear /><add key="build" value="$(Split-Path (Get-PackagePath "PartnerSandbox.Emulator.$version.nupkg"))" /></packageSources></configuration>
"@
        $tools = Join-Path $folder 'tools'
        Push-Location $folder
        try {
            $output = & dotnet tool install PartnerSandbox.Emulator --version $version --tool-path $tools --configfile $config 2>&1
        }
        finally {
            Pop-Location
        }
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $script:tool = Join-Path $tools "partnersandbox-emulator$(if ($IsWindows) { '.exe' })"
    }

    It 'installs with one command and lists the built-in seeds in --help' {
        $help = & $tool --help

        $LASTEXITCODE | Should -Be 0
        foreach ($name in Get-BuiltInSeedName) {
            @($help -match "^\s+$name\s").Count | Should -Be 1 -Because "tests/seeds/$name.json is a built-in seed"
        }
    }

    It 'runs with a built-in seed by name where no repository is' {
        $toolEmulator = Start-TestEmulator -Executable $tool -Seed demo -WorkingDirectory (New-CleanFolder) -WithoutAdminApi
        try {
            Assert-ServesTheSeed $toolEmulator
        }
        finally {
            Stop-TestEmulator $toolEmulator
        }
    }
}

Describe 'The single-file emulator of this machine' {
    It 'runs alone in an empty folder with a built-in seed, with no .NET on its path' {
        $name = "partnersandbox-emulator-$([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier)$(if ($IsWindows) { '.exe' })"
        $folder = New-CleanFolder
        Copy-Item (Get-PackagePath $name) $folder
        $environment = @{ PATH = (New-CleanFolder).FullName; DOTNET_ROOT = $null }

        $singleFile = Start-TestEmulator -Executable (Join-Path $folder $name) -Seed test -WorkingDirectory $folder -Environment $environment
        try {
            @(Get-ChildItem $folder).Name | Should -Be $name
            Assert-ServesTheSeed $singleFile
        }
        finally {
            Stop-TestEmulator $singleFile
        }
    }
}
