@{
    RootModule             = 'PartnerSandbox.dll'
    ModuleVersion          = '0.2.0'
    CompatiblePSEditions   = @('Desktop', 'Core')
    GUID                   = '7d0c8d3e-4a51-4f5e-9b51-2f3c6f0b6a11'
    Author                 = 'PartnerSandbox contributors'
    CompanyName            = 'PartnerSandbox'
    Copyright              = '(c) PartnerSandbox contributors. MIT License.'
    Description            = 'Cleans up Microsoft Partner Center integration sandbox accounts: connect, list customers'' orders and subscriptions, cancel what can be cancelled, and remove sandbox customers. Ships an offline Partner Center emulator for testing runbooks.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('PartnerSandbox.Format.ps1xml')
    FunctionsToExport      = @()
    CmdletsToExport        = @(
        'Connect-PCSandbox'
        'Disconnect-PCSandbox'
        'Get-PCSandboxConnection'
        'Get-PCSandboxCustomer'
        'Get-PCSandboxOrder'
        'Stop-PCSandboxOrder'
        'Get-PCSandboxSubscription'
        'Stop-PCSandboxSubscription'
        'Remove-PCSandboxCustomer'
    )
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('PartnerCenter', 'CSP', 'Sandbox', 'Microsoft', 'Orders', 'AzureAutomation', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # The licence's text; the module ships its copy (LICENSE). No ProjectUri: the project has no public home yet.
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            # build.ps1 writes this version's section of CHANGELOG.md here, in the manifest it ships.
            ReleaseNotes = ''
        }
    }
}
