# Build: the solution compiled, the module assembled into out/PartnerSandbox/<version>/ with exactly the files it ships
# and its help, the manifest given this version's release notes, and the emulator published into out/emulator/.

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

# - dependencies/<platform>/: ReadyToRun images of the libraries only the module brings (the runtime has the others),
#   for the platforms whose runtime packs NuGet serves; PowerShell 7 on those loads them instead of the IL copies, so
#   the first Connect-PCSandbox of a process does not wait for the JIT compiler. Windows PowerShell 5.1 never sees
#   them. Other platforms (linux-arm64, osx-x64, ...) use the IL copies.
$readyToRunPlatforms = @('linux-x64', 'osx-arm64', 'win-x64')
$readyToRunFiles = @('Microsoft.Bcl.AsyncInterfaces.dll', 'Microsoft.Identity.Client.dll', 'Microsoft.Identity.Client.Extensions.Msal.dll', 'Microsoft.IdentityModel.Abstractions.dll', 'PartnerSandbox.Engine.dll')
$shippedFiles += foreach ($platform in $readyToRunPlatforms) { $readyToRunFiles | ForEach-Object { "dependencies/$platform/$_" } }

# Referenced for compiling only: PowerShell 7's runtime has it, and Windows PowerShell 5.1 never loads it.
$compileOnlyFiles = @('System.Runtime.Loader.dll')

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
    Add-ReadyToRunImages (Join-Path $moduleOut 'dependencies')
    # Get-Help's files (MAML and about topics) from the platyPS-schema Markdown in docs/.
    & (Join-Path $root 'tools/ConvertTo-MamlHelp.ps1') -DocsPath (Join-Path $root 'docs') -OutputPath (Join-Path $moduleOut 'en-US')

    $actual = @(Get-ChildItem $moduleOut -File -Recurse | ForEach-Object { [IO.Path]::GetRelativePath($moduleOut, $_.FullName).Replace('\', '/') } | Sort-Object)
    $difference = Compare-Object ($shippedFiles | Sort-Object) $actual
    if ($difference) {
        $report = $difference | ForEach-Object { '{0} {1}' -f ($_.SideIndicator -eq '=>' ? 'unexpected:' : 'missing:'), $_.InputObject }
        throw "The module's file list changed. Update `$shippedFiles in tools/build/Module.ps1 if this is intended:`n$($report -join "`n")"
    }

    Invoke-Dotnet publish (Join-Path $root 'src/PartnerSandbox.Emulator') -c $Configuration -o $emulatorOut --no-build -nologo
    Write-Host "Module: $moduleOut"
    Write-Host "Emulator: $(Join-Path $emulatorOut 'PartnerSandbox.Emulator.dll')"
}

function Add-ReadyToRunImages([string] $Dependencies) {
    <# Precompiles the very IL files of dependencies/ for each platform of $readyToRunPlatforms into dependencies/<platform>/. #>
    $project = Join-Path $root 'tools/build/ready-to-run/ReadyToRun.csproj'
    foreach ($platform in $readyToRunPlatforms) {
        $images = Join-Path $outRoot "publish/ready-to-run/$platform"
        Invoke-Dotnet publish $project -c $Configuration -r $platform -o $images "-p:DependenciesFolder=$Dependencies" -nologo '-clp:NoSummary'
        $folder = New-Item -ItemType Directory -Path (Join-Path $Dependencies $platform) -Force
        $readyToRunFiles | ForEach-Object { Copy-Item (Join-Path $images $_) -Destination $folder.FullName }
    }
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
