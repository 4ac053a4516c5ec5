BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:module = Get-Module PartnerSandbox
}

Describe 'The assembled module' {
    It 'is imported from out/ with the version of the manifest' {
        $manifest = Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../PartnerSandbox.psd1')
        $module.Version | Should -Be ([version] $manifest.ModuleVersion)
        $module.ModuleBase | Should -BeLike "*out*PartnerSandbox*$($manifest.ModuleVersion)"
    }

    It 'declares both editions and Windows PowerShell 5.1 as its minimum' {
        $manifest = Test-ModuleManifest (Join-Path $module.ModuleBase 'PartnerSandbox.psd1')
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be ([version] '5.1')
    }

    It 'exports exactly the cmdlets its manifest lists' {
        $listed = (Import-PowerShellDataFile (Join-Path $module.ModuleBase 'PartnerSandbox.psd1')).CmdletsToExport | Sort-Object
        $exported = $module.ExportedCmdlets.Keys | Sort-Object
        $exported | Should -Be $listed
    }

    It 'declares an output type on every cmdlet' {
        foreach ($name in $module.ExportedCmdlets.Keys) {
            $type = [type] (Get-Command $name).ImplementingType
            $type.GetCustomAttributes([System.Management.Automation.OutputTypeAttribute], $false) | Should -Not -BeNullOrEmpty -Because $name
        }
    }

    It 'shows orders as a table by default, grouped by customer (Views.Tests.ps1 shows it at 80 columns)' {
        $views = (Get-FormatData -TypeName PartnerSandbox.PCSandboxOrder).FormatViewDefinition
        $views[0].Control | Should -BeOfType System.Management.Automation.TableControl
        $views[0].Control.Headers.Label | Should -Be @('OrderId', 'Status', 'Age', 'Product')
    }

    It 'shows the line items of an order readably in Format-List' {
        $views = (Get-FormatData -TypeName PartnerSandbox.PCSandboxOrder).FormatViewDefinition
        $list = $views | Where-Object { $_.Control -is [System.Management.Automation.ListControl] }
        $list.Control.Entries.Items.DisplayEntry.Value | Should -Contain 'IsCancellable'
        ($list.Control.Entries.Items | Where-Object Label -eq 'LineItems') | Should -Not -BeNullOrEmpty
    }
}

Describe 'The precompiled dependencies' {
    BeforeDiscovery {
        $script:platforms = @(
            @{ Platform = 'linux-x64'; Machine = 'Amd64'; System = 'Linux' }
            @{ Platform = 'win-x64'; Machine = 'Amd64'; System = 'Windows' }
            @{ Platform = 'osx-arm64'; Machine = 'Arm64'; System = 'OSX' }
        )
    }

    BeforeAll {
        # The machine field of a ReadyToRun image made for Linux or macOS is that of Windows xor an OS-specific value.
        $script:machineOverride = @{ Windows = 0; Linux = 0x7B79; OSX = 0x4644 }
        function script:Get-ImageHeader([string] $Path) {
            $stream = [System.IO.File]::OpenRead($Path)
            try {
                $reader = [System.Reflection.PortableExecutable.PEReader]::new($stream)
                [pscustomobject]@{
                    Machine     = [int] $reader.PEHeaders.CoffHeader.Machine
                    NativeCode  = $reader.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0
                    Identity    = [System.Reflection.AssemblyName]::GetAssemblyName($Path).FullName
                }
            }
            finally {
                $stream.Dispose()
            }
        }
    }

    It 'holds for <Platform> ReadyToRun images of that platform, with the identities of the IL copies beside them' -ForEach $platforms {
        $folder = Join-Path $module.ModuleBase "dependencies/$Platform"
        $images = @(Get-ChildItem $folder -Filter *.dll)
        $images.Name | Should -Contain 'Microsoft.Identity.Client.dll'
        $images.Name | Should -Contain 'PartnerSandbox.Engine.dll'
        foreach ($image in $images) {
            $header = Get-ImageHeader $image.FullName
            $header.NativeCode | Should -BeTrue -Because "$($image.Name) must carry precompiled code"
            $header.Machine | Should -Be ([int][System.Reflection.PortableExecutable.Machine]::$Machine -bxor $machineOverride[$System]) -Because "$($image.Name) is for $Platform"
            $header.Identity | Should -Be ([System.Reflection.AssemblyName]::GetAssemblyName((Join-Path $module.ModuleBase "dependencies/$($image.Name)")).FullName)
        }
    }

    It 'leaves the IL copies that Windows PowerShell 5.1 and other platforms load without native code' {
        foreach ($il in Get-ChildItem (Join-Path $module.ModuleBase 'dependencies') -Filter *.dll) {
            (Get-ImageHeader $il.FullName).NativeCode | Should -BeFalse -Because $il.Name
        }
    }
}

Describe 'The release' {
    BeforeAll {
        $script:repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
        $script:manifestPath = Join-Path $module.ModuleBase 'PartnerSandbox.psd1'
        $script:psData = (Import-PowerShellDataFile $manifestPath).PrivateData.PSData
    }

    It 'has a manifest that Test-ModuleManifest passes without an error or a warning' {
        $manifest = Test-ModuleManifest $manifestPath -ErrorAction Stop -WarningVariable warnings

        $manifest.Name | Should -Be 'PartnerSandbox'
        $warnings | Should -BeNullOrEmpty
    }

    It 'tags both editions, links its licence, and has no project link while the project has no public home' {
        $psData.Tags | Should -Contain 'PSEdition_Core'
        $psData.Tags | Should -Contain 'PSEdition_Desktop'
        @($psData.Tags | Where-Object { $_ -match '\s' }) | Should -BeNullOrEmpty
        $psData.LicenseUri | Should -Be 'https://opensource.org/licenses/MIT'
        $psData.Keys | Should -Not -Contain 'ProjectUri'
    }

    It 'ships the MIT licence that its manifest names' {
        $licence = Get-Content -Raw (Join-Path $module.ModuleBase 'LICENSE')

        $licence | Should -Be (Get-Content -Raw (Join-Path $repositoryRoot 'LICENSE'))
        $licence | Should -Match '\AMIT License'
        (Import-PowerShellDataFile $manifestPath).Copyright | Should -Match 'MIT'
    }

    It 'takes its release notes from the CHANGELOG.md section of its version' {
        $changelog = (Get-Content -Raw (Join-Path $repositoryRoot 'CHANGELOG.md')) -replace "`r`n", "`n"
        $section = [regex]::Match($changelog, "(?ms)^## $([regex]::Escape($module.Version.ToString()))\n(.*?)(?=^## |\z)").Groups[1].Value.Trim()

        $section | Should -Not -BeNullOrEmpty
        $psData.ReleaseNotes | Should -BeExactly $section
    }
}
