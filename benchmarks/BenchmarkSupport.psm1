# Helpers of Invoke-Benchmarks.ps1: emulators, measured runs in pwsh processes of their own, the emulator's request log.

Import-Module (Join-Path $PSScriptRoot '../tests/PartnerSandbox.Tests/TestSupport.psm1') -Force

function Start-BenchEmulator {
    <# A test-mode emulator with a generated sandbox, the latency and the rate limit given (Start-TestEmulator). #>
    param([Parameter(Mandatory)] [string] $Generate, [int] $LatencyMs = 0, [string] $RateLimit = 'off')
    Start-TestEmulator -Seed '' -ArgumentList '--generate', $Generate, '--latency', $LatencyMs, '--rate-limit', $RateLimit
}

function Get-ConnectPart {
    <# The endpoint, tenant, app and secret of the emulator's connect line: for the naive script (which has no module) and the start-up line. #>
    param([Parameter(Mandatory)] $Emulator)
    $line = $Emulator.ConnectCommand
    @{
        Endpoint     = [regex]::Match($line, '-Endpoint (\S+)').Groups[1].Value.TrimEnd('/') + '/'
        TenantId     = [regex]::Match($line, '-TenantId (\S+)').Groups[1].Value
        ClientId     = [regex]::Match($line, '-ClientId (\S+)').Groups[1].Value
        ClientSecret = [regex]::Match($line, "ConvertTo-SecureString '([^']*)'").Groups[1].Value
    }
}

function Reset-BenchEmulator {
    <# Back to the generated orders, with an empty request log and fresh rate-limit windows. #>
    param([Parameter(Mandatory)] $Emulator)
    $null = Invoke-EmulatorAdmin $Emulator Post 'reset'
}

function Get-BenchRequest {
    <# The API requests the emulator logged since its last reset (not the sign-in's). #>
    param([Parameter(Mandatory)] $Emulator)
    @(Get-EmulatorRequests $Emulator | Where-Object { $_.path -like '/v1/*' })
}

function Invoke-PwshProcess {
    <#
        Runs one new pwsh (-NoProfile -NonInteractive, then $ArgumentList) with $Environment set, in the pwsh of
        $PwshHome, with $CacheHome as its cache, reading both its streams as they come (an unread stream that fills its
        pipe would hang it), and killed after $TimeoutSeconds. Returns its exit code, the two streams and its wall time.
    #>
    param(
        [Parameter(Mandatory)] [string[]] $ArgumentList,
        [Parameter(Mandatory)] [string] $What,
        [hashtable] $Environment = @{},
        [string] $PwshHome = $PSHOME,
        [string] $CacheHome,
        [int] $TimeoutSeconds = 900
    )
    $start = New-PwshStartInfo -PwshHome $PwshHome -CacheHome $CacheHome
    foreach ($argument in @('-NoProfile', '-NonInteractive') + $ArgumentList) { $start.ArgumentList.Add($argument) }
    Set-ProcessEnvironment $start $Environment
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $process = [System.Diagnostics.Process]::Start($start)
    try {
        $output = $process.StandardOutput.ReadToEndAsync()
        $errors = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
            $process.Kill($true)
            throw "$What did not finish within $TimeoutSeconds seconds."
        }
        [pscustomobject]@{ ExitCode = $process.ExitCode; Output = $output.Result; Errors = $errors.Result; WallSeconds = $clock.Elapsed.TotalSeconds }
    }
    finally {
        $process.Dispose()
    }
}

function Invoke-BenchPwsh {
    <#
        Runs a script file in a new pwsh and returns the JSON object its last output line is, with the process's wall
        time added as WallSeconds. The connect line goes through the environment, never the command line.
    #>
    param(
        [Parameter(Mandatory)] [string] $File,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 900,
        [string] $CacheHome
    )
    $run = Invoke-PwshProcess -ArgumentList (@('-File', $File) + $ArgumentList) -What $File -Environment $Environment -CacheHome $CacheHome -TimeoutSeconds $TimeoutSeconds
    $last = @($run.Output -split "`r?`n" | Where-Object { $_.Trim() }) | Select-Object -Last 1
    if ($run.ExitCode -ne 0 -or -not $last) {
        return [pscustomobject]@{ Failed = $true; ExitCode = $run.ExitCode; Error = ($run.Errors + $run.Output).Trim(); WallSeconds = $run.WallSeconds }
    }
    $result = $last | ConvertFrom-Json
    $result | Add-Member -NotePropertyName WallSeconds -NotePropertyValue $run.WallSeconds -Force
    $result
}

function New-PwshStartInfo {
    <#
        A start for the pwsh running this script (pwsh.dll in the dotnet host when run as a .NET tool), or for the pwsh.dll
        in $PwshHome in the same dotnet host (New-PrecompiledPwsh's copy, made only when this pwsh is a .NET tool).
        With $CacheHome, PowerShell's per-user cache is that folder (Get-BenchCacheHome says why).
    #>
    param([string] $PwshHome = $PSHOME, [string] $CacheHome)
    $hostPath = [Environment]::ProcessPath
    $start = [System.Diagnostics.ProcessStartInfo]::new($hostPath)
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -ne 'pwsh') { $start.ArgumentList.Add((Join-Path $PwshHome 'pwsh.dll')) }
    elseif ($PwshHome -ne $PSHOME) { throw "Another PowerShell ($PwshHome) runs only in the dotnet host of a pwsh that is a .NET tool." }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    if ($CacheHome) { $start.Environment['XDG_CACHE_HOME'] = $CacheHome }
    $start
}

$script:CacheRoot = Join-Path ([IO.Path]::GetTempPath()) "pcsandbox-bench-cache-$([guid]::NewGuid().ToString('n'))"

function Get-BenchCacheHome {
    <#
        The folder a measured side keeps as PowerShell's per-user cache ($XDG_CACHE_HOME on Linux and macOS; Windows has
        no such switch, and its sides share one). Every pwsh replays at start the JIT profile the last pwsh of the same
        user wrote there (StartupProfileData-NonInteractive), whatever that one ran: with one cache for all, a side run
        after a similar one starts faster than after a bare pwsh, by up to 0.1 s on 2 cores, so the order of the sides
        decided the comparison. Each side's own folder leaves it the profile of its own last run; -Empty starts it
        afresh, as on a new machine or sandbox.
    #>
    param([Parameter(Mandatory)] [string] $Side, [switch] $Empty)
    $folder = Join-Path $script:CacheRoot ($Side -replace '[^A-Za-z0-9]+', '-')
    if ($Empty) { Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue }
    $null = New-Item -ItemType Directory -Path $folder -Force
    $folder
}

function Remove-BenchCacheHome {
    <# Removes every side's cache folder (the end of a run). #>
    Remove-Item -LiteralPath $script:CacheRoot -Recurse -Force -ErrorAction SilentlyContinue
}

function Measure-PwshStart {
    <#
        Wall seconds of one pwsh -Command $Command (Invoke-PwshProcess). A run that wrote an error failed, whatever its
        exit code: pwsh -Command exits 0 after an error that does not stop it, such as a Connect-PCSandbox that failed.
    #>
    param([Parameter(Mandatory)] [string] $Command, [hashtable] $Environment = @{}, [string] $PwshHome = $PSHOME, [string] $CacheHome)
    $run = Invoke-PwshProcess -ArgumentList '-Command', $Command -What "pwsh -Command $Command" -Environment $Environment -PwshHome $PwshHome -CacheHome $CacheHome -TimeoutSeconds 120
    if ($run.ExitCode -ne 0 -or $run.Errors.Trim()) { throw "pwsh -Command failed (exit code $($run.ExitCode)): $Command`n$($run.Errors.Trim())" }
    $run.WallSeconds
}

function Invoke-RotatedRounds {
    <#
        Runs $Measure once for each name in each round and returns, keyed by name, the results of the counted rounds.
        The first round is not counted: it pays what only a first run pays (an emulator's first answers, a side's cache
        not yet written). Each round starts one name later than the round before, so no side always follows the same
        one: a single run per side in a fixed order made identical builds differ by up to 2x.
    #>
    param([Parameter(Mandatory)] [string[]] $Names, [Parameter(Mandatory)] [int] $Rounds, [Parameter(Mandatory)] [scriptblock] $Measure)
    $results = @{}
    foreach ($name in $Names) { $results[$name] = [System.Collections.Generic.List[object]]::new() }
    foreach ($round in 0..$Rounds) {
        foreach ($index in 0..($Names.Count - 1)) {
            $name = $Names[($index + $round) % $Names.Count]
            $result = & $Measure $name
            if ($round) { $results[$name].Add($result) }
        }
    }
    $results
}

function Get-Median {
    param([Parameter(Mandatory)] [double[]] $Values)
    $sorted = @($Values | Sort-Object)
    $middle = [int][Math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

Export-ModuleMember -Function Start-BenchEmulator, Stop-TestEmulator, Get-ConnectPart, Reset-BenchEmulator, Get-BenchRequest, Invoke-BenchPwsh, Measure-PwshStart, Get-Median, Invoke-RotatedRounds, Invoke-EmulatorAdmin, Get-BenchCacheHome, Remove-BenchCacheHome
