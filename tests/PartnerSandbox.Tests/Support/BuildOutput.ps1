# What build.ps1 made that the tests use: the module (out/PartnerSandbox) and the packages (out/packages).

function Import-PartnerSandboxModule {
    $path = $env:PARTNERSANDBOX_MODULE_PATH
    if (-not $path) { $path = Join-Path $script:RepositoryRoot 'out/PartnerSandbox' }
    # -Global: imported from inside this module, it would otherwise be visible only here.
    Import-Module $path -Force -Global -ErrorAction Stop
}

function Get-PackagePath {
    <#
        A file of out/packages/, which build.ps1's Package task writes, and its Test task when Packages.Tests.ps1 is to
        run; fails clearly when it is not there.
    #>
    param([Parameter(Mandatory)] [string] $Name)
    $path = Join-Path $script:RepositoryRoot "out/packages/$Name"
    if (-not (Test-Path -LiteralPath $path)) { throw "$path is missing: build.ps1 -Task Test (or -Task Package) makes it." }
    $path
}
