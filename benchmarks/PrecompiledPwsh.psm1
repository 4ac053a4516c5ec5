# A ReadyToRun copy of the PowerShell that runs the benchmarks, for the start-up section.
#
# PowerShell's releases are compiled ahead of time (PowerShell/PowerShell#12361), but a .NET tool package is portable
# IL (dotnet/sdk#10801), and the PowerShell this repository pins is one: it JIT-compiles its own code, its first
# Import-Module and command autoload included, and so starts about twice as slowly as an installed PowerShell. The
# copy is that very PowerShell compiled with the Crossgen2 pack of this runtime, as the releases are, so that start-up
# can be shown against both.

function Test-ReadyToRunImage {
    <# $true for a managed assembly with native code, $false for IL only, $null for a file that is not managed. #>
    param([Parameter(Mandatory)] [string] $Path)
    $stream = [System.IO.File]::OpenRead($Path)
    try {
        $reader = [System.Reflection.PortableExecutable.PEReader]::new($stream)
        if (-not $reader.HasMetadata) { return $null }
        $reader.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0
    }
    catch [System.BadImageFormatException] {
        $null
    }
    finally {
        $stream.Dispose()
    }
}

function Get-Platform {
    <# This machine's operating system and architecture in the words Crossgen2 and NuGet's runtime packs use. #>
    [pscustomobject]@{
        Os   = if ($IsWindows) { 'windows' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
        Arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant()
    }
}

function Find-Crossgen2 {
    <# The Crossgen2 compiler of this machine's platform from NuGet's package folder (the build's ReadyToRun step restores it), newest of this runtime's major version; $null if none. #>
    param([Parameter(Mandatory)] $Platform)
    $rid = '{0}-{1}' -f ($Platform.Os -replace '^windows$', 'win'), $Platform.Arch
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $major = [Environment]::Version.Major
    Get-ChildItem -Path (Join-Path $packages "microsoft.netcore.app.crossgen2.$rid") -Directory -ErrorAction SilentlyContinue |
        Where-Object { $_.Name -like "$major.*" } |
        Sort-Object { [version] ($_.Name -replace '-.*$') } -Descending |
        ForEach-Object { Get-ChildItem -Path (Join-Path $_.FullName 'tools') -File -Filter 'crossgen2*' | Where-Object { $_.Name -match '^crossgen2(\.exe)?$' } } |
        Select-Object -First 1 -ExpandProperty FullName
}

function New-PrecompiledPwsh {
    <#
        Copies $PSHOME to $Destination and compiles each IL-only assembly of it there for this platform. Returns the
        copy's folder, or $null with a warning saying why not (this PowerShell is precompiled already, or no Crossgen2).
    #>
    param([Parameter(Mandatory)] [string] $Destination)
    if (Test-ReadyToRunImage (Join-Path $PSHOME 'System.Management.Automation.dll')) {
        Write-Warning "The PowerShell in $PSHOME is precompiled already; start-up is measured on it alone."
        return $null
    }
    $platform = Get-Platform
    $crossgen = Find-Crossgen2 $platform
    if (-not $crossgen) {
        Write-Warning "No Crossgen2 pack for .NET $([Environment]::Version.Major) in NuGet's package folder (build.ps1 -Task Build restores it); start-up is measured on this PowerShell alone."
        return $null
    }

    Copy-Item -Path (Join-Path $PSHOME '*') -Destination (New-Item -ItemType Directory -Path $Destination -Force) -Recurse -Force
    $framework = [IO.Path]::GetDirectoryName([object].Assembly.Location)
    # Each DLL's headers read once: managed ones are the references, the IL-only among them are compiled.
    $images = foreach ($file in Get-ChildItem -Path $PSHOME -Filter '*.dll' -File) { [pscustomobject]@{ File = $file; ReadyToRun = Test-ReadyToRunImage $file.FullName } }
    $managed = @($images | Where-Object { $null -ne $_.ReadyToRun } | ForEach-Object File)
    $ilOnly = @($images | Where-Object { $_.ReadyToRun -eq $false } | ForEach-Object File)
    $os, $arch = $platform.Os, $platform.Arch
    $failed = $ilOnly | ForEach-Object -ThrottleLimit ([Environment]::ProcessorCount) -Parallel {
        $ilFile = $_
        # PowerShell's other assemblies by name: Crossgen2 refuses a reference that is the input file itself.
        $references = foreach ($assembly in $using:managed) { if ($assembly.Name -ne $ilFile.Name) { '-r'; $assembly.FullName } }
        $output = & $using:crossgen $ilFile.FullName -o (Join-Path $using:Destination $ilFile.Name) -r (Join-Path $using:framework '*.dll') @references --targetos $using:os --targetarch $using:arch -O 2>&1
        if ($LASTEXITCODE -ne 0) {
            # The IL copy stays in place: that assembly runs as in the tool.
            Copy-Item -LiteralPath $ilFile.FullName -Destination $using:Destination -Force
            "$($ilFile.Name): $(@($output)[0])"
        }
    }
    foreach ($failure in @($failed)) { Write-Warning "Crossgen2 left $failure" }
    Write-Host "Precompiled PowerShell: $($ilOnly.Count - @($failed).Count) of $($ilOnly.Count) assemblies compiled into $Destination"
    $Destination
}

Export-ModuleMember -Function New-PrecompiledPwsh
