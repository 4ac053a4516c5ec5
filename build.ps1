<#
.SYNOPSIS
    Builds, tests and demonstrates the PartnerSandbox module.
.DESCRIPTION
    Build   : compiles the solution and assembles the module into out/PartnerSandbox/<version>/ and the emulator into
              out/emulator/.
    Package : Build, then out/packages/: the module's nupkg (Publish-PSResource), PartnerSandbox.zip for Azure
              Automation, the emulator as a .NET tool package, and the emulator as a self-contained single file for
              linux-x64, win-x64 and osx-arm64.
    Test    : Build, the packages the tests install (the single file only for this machine), then every xunit and
              Pester test; the last line is "Tests: N passed, N failed, N skipped"; the exit code is non-zero when
              anything failed.
    Demo    : Build, then a walk through the module against the local emulator with the demo seed.
    Bench   : Build, then the benchmark suite (benchmarks/Invoke-Benchmarks.ps1): one table of ratios measured side by
              side, printed and written to benchmarks/results.md. Not part of Test; it starts its own emulators.
.EXAMPLE
    dotnet tool restore && dotnet pwsh ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Package', 'Test', 'Demo', 'Bench', 'Clean')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Bench only: another assembled module (such as main's out/PartnerSandbox) measured beside this build in the same run.
    [string] $BenchBaseline
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$version = (Import-PowerShellDataFile (Join-Path $root 'PartnerSandbox.psd1')).ModuleVersion
$outRoot = Join-Path $root 'out'
$moduleOut = Join-Path $outRoot "PartnerSandbox/$version"
$emulatorOut = Join-Path $outRoot 'emulator'
$packagesOut = Join-Path $outRoot 'packages'
$resultsOut = Join-Path $outRoot 'test-results'

# The self-contained single-file emulators that -Task Package makes; -Task Test makes only this machine's.
$singleFileRuntimes = @('linux-x64', 'win-x64', 'osx-arm64')

# The exact files the module ships, relative to the module folder. A dependency that appears or disappears fails the
# build, so nothing reaches users unnoticed.
# - dependencies/: the engine and the libraries it brings, loaded in the module's own AssemblyLoadContext on
#   PowerShell 7 (see src/PartnerSandbox/Infrastructure/Loading/DependencyIsolation.cs), so other modules' versions never meet ours.
# - The other System.* assemblies beside the cmdlet assembly are what Windows PowerShell 5.1 lacks; on PowerShell 7 the
#   runtime's own are used (loading these into the isolated context would split Span and friends into two types).
$shippedFiles = @(
    'LICENSE'
    'PartnerSandbox.dll'
    'PartnerSandbox.Format.ps1xml'
    'PartnerSandbox.psd1'
    'System.Buffers.dll'
    'System.IO.FileSystem.AccessControl.dll'
    'System.Memory.dll'
    'System.Numerics.Vectors.dll'
    'System.Runtime.CompilerServices.Unsafe.dll'
    'System.Security.AccessControl.dll'
    'System.Security.Cryptography.Cng.dll'
    'System.Security.Cryptography.ProtectedData.dll'
    'System.Security.Principal.Windows.dll'
    'System.Threading.Tasks.Extensions.dll'
    'dependencies/Microsoft.Bcl.AsyncInterfaces.dll'
    'dependencies/Microsoft.Identity.Client.dll'
    'dependencies/Microsoft.Identity.Client.Extensions.Msal.dll'
    'dependencies/Microsoft.IdentityModel.Abstractions.dll'
    'dependencies/PartnerSandbox.Engine.dll'
    'dependencies/System.Diagnostics.DiagnosticSource.dll'
    'dependencies/System.Formats.Asn1.dll'
    'dependencies/System.Text.Encodings.Web.dll'
    'dependencies/System.Text.Json.dll'
    'en-US/PartnerSandbox.dll-Help.xml'
    'en-US/about_PartnerSandbox.help.txt'
)

# Referenced for compiling only: PowerShell 7's runtime has it, and Windows PowerShell 5.1 never loads it.
$compileOnlyFiles = @('System.Runtime.Loader.dll')

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) {
        throw "'dotnet $($args -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

function Invoke-Build {
    Invoke-Dotnet build (Join-Path $root 'PartnerSandbox.sln') -c $Configuration -nologo '-clp:NoSummary'

    $publish = Join-Path $outRoot 'publish/module'
    Invoke-Dotnet publish (Join-Path $root 'src/PartnerSandbox') -c $Configuration -o $publish --no-build -nologo
    if (Test-Path $moduleOut) { Remove-Item $moduleOut -Recurse -Force }
    New-Item -ItemType Directory -Path $moduleOut -Force | Out-Null
    Write-ModuleManifest -Destination (Join-Path $moduleOut 'PartnerSandbox.psd1')
    Copy-Item (Join-Path $root 'LICENSE') $moduleOut
    New-Item -ItemType Directory -Path (Join-Path $moduleOut 'dependencies') -Force | Out-Null
    foreach ($file in Get-ChildItem $publish -File | Where-Object { $_.Extension -in '.dll', '.ps1xml' -and $_.Name -notin $compileOnlyFiles }) {
        $isolated = "dependencies/$($file.Name)" -in $shippedFiles
        Copy-Item $file.FullName -Destination ($isolated ? (Join-Path $moduleOut 'dependencies') : $moduleOut)
    }
    # Get-Help's files (MAML and about topics) from the platyPS-schema Markdown in docs/.
    & (Join-Path $root 'tools/ConvertTo-MamlHelp.ps1') -DocsPath (Join-Path $root 'docs') -OutputPath (Join-Path $moduleOut 'en-US')

    $actual = @(Get-ChildItem $moduleOut -File -Recurse | ForEach-Object { [IO.Path]::GetRelativePath($moduleOut, $_.FullName).Replace('\', '/') } | Sort-Object)
    $difference = Compare-Object ($shippedFiles | Sort-Object) $actual
    if ($difference) {
        $report = $difference | ForEach-Object { '{0} {1}' -f ($_.SideIndicator -eq '=>' ? 'unexpected:' : 'missing:'), $_.InputObject }
        throw "The module's file list changed. Update `$shippedFiles in build.ps1 if this is intended:`n$($report -join "`n")"
    }

    Invoke-Dotnet publish (Join-Path $root 'src/PartnerSandbox.Emulator') -c $Configuration -o $emulatorOut --no-build -nologo
    Write-Host "Module: $moduleOut"
    Write-Host "Emulator: $(Join-Path $emulatorOut 'PartnerSandbox.Emulator.dll')"
}

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

function Get-ReleaseNotes {
    <# The CHANGELOG.md section of this version: the lines under '## <version>' up to the next '## '. #>
    $changelog = @(Get-Content -LiteralPath (Join-Path $root 'CHANGELOG.md'))
    $start = [array]::IndexOf($changelog, "## $version")
    $end = $start + 1
    while ($start -ge 0 -and $end -lt $changelog.Count -and $changelog[$end] -notlike '## *') { $end++ }
    $notes = if ($start -ge 0) { ($changelog[$start..($end - 1)] | Select-Object -Skip 1) -join "`n" }
    if (-not "$notes".Trim()) {
        throw "CHANGELOG.md has no '## $version' section, or it is empty. Write this version's changes there: the build ships them as the manifest's ReleaseNotes."
    }
    $notes.Trim()
}

function Write-ModuleManifest([string] $Destination) {
    <#
        The manifest as written in PartnerSandbox.psd1, with ReleaseNotes taken from CHANGELOG.md. The value is found
        with PowerShell's parser rather than a pattern, so the rest of the file is copied exactly.
    #>
    $text = Get-Content -LiteralPath (Join-Path $root 'PartnerSandbox.psd1') -Raw
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref] $null, [ref] $null)
    $entry = $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.HashtableAst] }, $true).KeyValuePairs |
        Where-Object { $_.Item1.Value -eq 'ReleaseNotes' }
    if (@($entry).Count -ne 1) { throw "PartnerSandbox.psd1 must have exactly one ReleaseNotes entry (in PrivateData.PSData) for the build to fill." }
    $value = $entry.Item2.Extent
    $notes = "'" + (Get-ReleaseNotes).Replace("'", "''") + "'"
    # UTF-8 with a byte order mark: Windows PowerShell 5.1 reads a manifest without one as ANSI.
    [System.IO.File]::WriteAllText($Destination, $text.Substring(0, $value.StartOffset) + $notes + $text.Substring($value.EndOffset), [System.Text.UTF8Encoding]::new($true))
}

function Get-TrxCounts([string] $Path) {
    [xml] $trx = Get-Content -LiteralPath $Path -Raw
    $counters = $trx.TestRun.ResultSummary.Counters
    [pscustomobject]@{
        Passed  = [int] $counters.passed
        Failed  = [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        Skipped = [int] $counters.notExecuted
    }
}

function Invoke-Test {
    Invoke-Build
    # The packaging tests install what users install; of the single files only the one this machine runs, to keep
    # the run short.
    Invoke-Package -Runtimes @([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier)
    if (Test-Path $resultsOut) { Remove-Item $resultsOut -Recurse -Force }
    New-Item -ItemType Directory -Path $resultsOut -Force | Out-Null
    $counts = [System.Collections.Generic.List[object]]::new()
    $runnerFailures = 0

    foreach ($project in Get-ChildItem (Join-Path $root 'tests') -Recurse -Filter '*.Tests.csproj') {
        $trx = Join-Path $resultsOut "$($project.BaseName).trx"
        & dotnet test $project.FullName -c $Configuration --no-build -nologo --logger "trx;LogFileName=$trx" --logger 'console;verbosity=normal'
        if (Test-Path $trx) { $counts.Add((Get-TrxCounts $trx)) }
        if ($LASTEXITCODE -ne 0 -and -not (Test-Path $trx)) { $runnerFailures++ }
    }

    Invoke-Dotnet restore (Join-Path $root 'tests/PartnerSandbox.Tests/TestDependencies.csproj') -nologo
    $pesterResult = Join-Path $resultsOut 'pester.json'
    # Pester runs in its own process so that the module it imports is never loaded into this build session.
    & dotnet tool run pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/PartnerSandbox.Tests/Invoke-PesterTests.ps1') -ModulePath (Join-Path $outRoot 'PartnerSandbox') -ResultPath $pesterResult
    if (Test-Path $pesterResult) {
        $counts.Add((Get-Content $pesterResult -Raw | ConvertFrom-Json))
    }
    else {
        $runnerFailures++
    }

    $passed = ($counts | Measure-Object Passed -Sum).Sum
    $failed = ($counts | Measure-Object Failed -Sum).Sum + $runnerFailures
    $skipped = ($counts | Measure-Object Skipped -Sum).Sum
    Write-Host "Tests: $passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0) { exit 1 }
}

function Invoke-Demo {
    Invoke-Build
    & dotnet tool run pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/demo/Start-Demo.ps1') -ModulePath (Join-Path $outRoot 'PartnerSandbox')
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-Bench {
    Invoke-Build
    # Its own process, like the tests: the module it measures is never loaded into this build session.
    $baseline = if ($BenchBaseline) { @('-BaselineModulePath', $BenchBaseline) } else { @() }
    & dotnet tool run pwsh -NoProfile -NonInteractive -File (Join-Path $root 'benchmarks/Invoke-Benchmarks.ps1') -ModulePath (Join-Path $outRoot 'PartnerSandbox') @baseline
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

switch ($Task) {
    'Clean' { if (Test-Path $outRoot) { Remove-Item $outRoot -Recurse -Force } }
    'Build' { Invoke-Build }
    'Package' { Invoke-Build; Invoke-Package -Runtimes $singleFileRuntimes }
    'Test' { Invoke-Test }
    'Demo' { Invoke-Demo }
    'Bench' { Invoke-Bench }
}
