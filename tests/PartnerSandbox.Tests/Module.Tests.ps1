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

    It 'shows orders as a table by default, with six columns' {
        $views = (Get-FormatData -TypeName PartnerSandbox.PCSandboxOrder).FormatViewDefinition
        $views[0].Control | Should -BeOfType System.Management.Automation.TableControl
        $views[0].Control.Headers.Label | Should -Be @('CustomerId', 'OrderId', 'Status', 'Created', 'Age', 'BillingCycle')
    }

    It 'shows the line items of an order readably in Format-List' {
        $views = (Get-FormatData -TypeName PartnerSandbox.PCSandboxOrder).FormatViewDefinition
        $list = $views | Where-Object { $_.Control -is [System.Management.Automation.ListControl] }
        $list.Control.Entries.Items.DisplayEntry.Value | Should -Contain 'IsCancellable'
        ($list.Control.Entries.Items | Where-Object Label -eq 'LineItems') | Should -Not -BeNullOrEmpty
    }
}
