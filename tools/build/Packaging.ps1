# Package: out/packages/, what users install.

function Invoke-Package([string[]] $Runtimes) {
    <# out/packages/ anew: what users install (README.md, docs/azure-automation.md, docs/ci.md). #>
    if (Test-Path $packagesOut) { Remove-Item $packagesOut -Recurse -Force }
    New-Item -ItemType Directory -Path $packagesOut | Out-Null
    New-ModulePackage
    New-AutomationZip
    Invoke-Dotnet pack (Join-Path $root 'src/PartnerSandbox.Emulator') -c $Configuration -o $packagesOut --no-build -nologo
    foreach ($runtime in $Runtimes) { New-SingleFileEmulator $runtime }
    foreach ($package in Get-ChildItem $packagesOut -File) { Write-Host ('Package: {0} ({1:N1} MB)' -f $package.FullName, ($package.Length / 1MB)) }
}

function New-ModulePackage {
    <#
        PartnerSandbox.<version>.nupkg, made by Publish-PSResource into a local folder repository. PSResourceGet publishes
        only to a registered repository, so the folder is registered under a name of its own for the moment of the publish.
    #>
    $repository = Join-Path $outRoot 'publish/psresource-repository'
    if (Test-Path $repository) { Remove-Item $repository -Recurse -Force }
    New-Item -ItemType Directory -Path $repository | Out-Null
    $name = "PartnerSandbox-build-$([guid]::NewGuid().ToString('n'))"
    Register-PSResourceRepository -Name $name -Uri $repository -Trusted
    try {
        Publish-PSResource -Path $moduleOut -Repository $name
    }
    finally {
        Unregister-PSResourceRepository -Name $name
    }
    Move-Item (Join-Path $repository "PartnerSandbox.$version.nupkg") $packagesOut
}

function New-AutomationZip {
    <#
        PartnerSandbox.zip as Azure Automation imports a module: the zip, the one folder in it and the manifest all named
        PartnerSandbox, with no version folder. Automation takes modules of at most 100 MB.
    #>
    Add-Type -AssemblyName System.IO.Compression.ZipFile
    $path = Join-Path $packagesOut 'PartnerSandbox.zip'
    $zip = [System.IO.Compression.ZipFile]::Open($path, [System.IO.Compression.ZipArchiveMode]::Create)
    try {
        foreach ($file in Get-ChildItem $moduleOut -File -Recurse) {
            $entry = 'PartnerSandbox/' + [IO.Path]::GetRelativePath($moduleOut, $file.FullName).Replace('\', '/')
            $null = [System.IO.Compression.ZipFileExtensions]::CreateEntryFromFile($zip, $file.FullName, $entry, [System.IO.Compression.CompressionLevel]::Optimal)
        }
    }
    finally {
        $zip.Dispose()
    }
    $size = (Get-Item $path).Length
    if ($size -ge 100MB) { throw ('PartnerSandbox.zip is {0:N1} MB; Azure Automation imports modules of at most 100 MB.' -f ($size / 1MB)) }
}

function New-SingleFileEmulator([string] $Runtime) {
    <# The self-contained single file (see the emulator's project file) as out/packages/partnersandbox-emulator-<rid>[.exe]. #>
    $publish = Join-Path $outRoot "publish/emulator-$Runtime"
    if (Test-Path $publish) { Remove-Item $publish -Recurse -Force }
    Invoke-Dotnet publish (Join-Path $root 'src/PartnerSandbox.Emulator') -c $Configuration -r $Runtime -o $publish -nologo '-clp:NoSummary'
    $files = @(Get-ChildItem $publish -File)
    if ($files.Count -ne 1) { throw "The $Runtime emulator should be a single file; its publish made: $($files.Name -join ', ')." }
    $extension = if ($files[0].Extension -eq '.exe') { '.exe' } else { '' }
    Copy-Item $files[0].FullName (Join-Path $packagesOut "partnersandbox-emulator-$Runtime$extension")
}
