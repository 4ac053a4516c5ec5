# The emulator as its own process on a free port: started for one test file, or shared by the files that can share it.

function Start-TestEmulator {
    <#
        Starts the emulator as its own process on a free port and waits for the line that gives its URL. Tests get the
        admin API (test mode) and no rate limit unless they ask for one (-ArgumentList '--rate-limit', '20'); the demo
        runs it as a user would.

        -Shared reuses the emulator that an earlier test file started with the same seed and arguments, reset first
        (POST /_emulator/reset: the seeds reloaded, no faults, an empty request log, fresh rate-limit windows), and
        Stop-TestEmulator then leaves it running for the next file; Invoke-PesterTests.ps1 stops the shared ones at the
        end. Starting a process costs seconds; a reset, milliseconds. It is for files that leave nothing behind that a
        reset does not clear: a file that moves the virtual clock (POST clock) or changes the knobs (POST knobs), or
        that stops the process, starts its own.
    #>
    [CmdletBinding(DefaultParameterSetName = 'Own')]
    param(
        # A seed file, or the name of a built-in seed (tests/seeds/<name>.json, embedded in the emulator); empty for
        # none (when -ArgumentList has --generate).
        [string] $Seed = (Join-Path $script:RepositoryRoot 'tests/seeds/test.json'),
        [string[]] $ArgumentList = @(),
        [Parameter(Mandatory, ParameterSetName = 'Shared')]
        [switch] $Shared,
        [Parameter(ParameterSetName = 'Own')]
        [switch] $WithoutAdminApi,
        # The emulator program to start, such as an installed tool; by default the build's, through dotnet.
        [Parameter(ParameterSetName = 'Own')]
        [string] $Executable,
        # Where it runs; by default where this process does.
        [Parameter(ParameterSetName = 'Own')]
        [string] $WorkingDirectory,
        # Environment variables to set for it; a null value removes one.
        [Parameter(ParameterSetName = 'Own')]
        [hashtable] $Environment = @{}
    )

    if (-not $Shared) {
        return Start-EmulatorProcess -Seed $Seed -ArgumentList $ArgumentList -WithoutAdminApi:$WithoutAdminApi -Executable $Executable `
            -WorkingDirectory $WorkingDirectory -Environment $Environment
    }

    $pool = Get-SharedEmulatorPool
    $key = (@($Seed) + $ArgumentList) -join "`n"
    $running = $pool[$key]
    if ($running -and -not $running.Process.HasExited) {
        Invoke-EmulatorAdmin $running Post 'reset' | Out-Null
    }
    else {
        # The first file to share it, or one that died under an earlier file (whose tests failed then): a new process.
        if ($running) { $running.Process.Dispose() }
        $running = Start-EmulatorProcess -Seed $Seed -ArgumentList $ArgumentList
        $pool[$key] = $running
    }
    # Each file gets its own copy of the seed, since tests annotate it (Get-SeedOrder does).
    [pscustomobject]@{ Process = $running.Process; BaseUri = $running.BaseUri; Seed = Read-TestSeed $Seed; ConnectCommand = $running.ConnectCommand; Shared = $true }
}

function Start-EmulatorProcess {
    <# Starts a new emulator process (see Start-TestEmulator) and reads its banner. #>
    param([string] $Seed, [string[]] $ArgumentList, [switch] $WithoutAdminApi, [string] $Executable, [string] $WorkingDirectory, [hashtable] $Environment = @{})

    $program = @(if ($Executable) { $Executable } else { 'dotnet', (Join-Path $script:RepositoryRoot 'out/emulator/PartnerSandbox.Emulator.dll') })
    $start = [System.Diagnostics.ProcessStartInfo]::new($program[0])
    $mode = if ($WithoutAdminApi) { @() } else { @('--test-mode', '--rate-limit', 'off') }
    $seedArguments = if ($Seed) { @('--seed', $Seed) } else { @() }
    foreach ($argument in @($program | Select-Object -Skip 1) + @('--port', '0') + $seedArguments + $mode + $ArgumentList) { $start.ArgumentList.Add($argument) }
    if ($WorkingDirectory) { $start.WorkingDirectory = $WorkingDirectory }
    Set-ProcessEnvironment $start $Environment
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    $errors = $process.StandardError.ReadToEndAsync()

    $deadline = [DateTime]::UtcNow.AddSeconds(60)
    $baseUri = $null
    while (-not $baseUri) {
        $line = $process.StandardOutput.ReadLineAsync()
        if (-not $line.Wait([Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)) -or $null -eq $line.Result) {
            $process.Kill($true)
            throw "The emulator did not start: $($errors.Result)"
        }
        if ($line.Result -match 'listening on (https://\S+)') { $baseUri = $Matches[1] }
    }

    # The banner's second line: a ready-to-paste Connect-PCSandbox for the first partner.
    $connectLine = $process.StandardOutput.ReadLineAsync()
    [pscustomobject]@{
        Process        = $process
        BaseUri        = [uri] $baseUri
        Seed           = Read-TestSeed $Seed
        ConnectCommand = if ($connectLine.Wait(10000) -and $connectLine.Result -like 'Connect-PCSandbox *') { $connectLine.Result }
        Shared         = $false
    }
}

function Stop-TestEmulator {
    <# Stops an emulator that Start-TestEmulator started for this file; a shared one stays for the next file. #>
    param([Parameter(Mandatory)] $Emulator)
    if ($Emulator.Shared) { return }
    Stop-EmulatorProcess $Emulator.Process
}

function Stop-SharedTestEmulator {
    <# Stops every shared emulator; Invoke-PesterTests.ps1 calls it once all the files have run. #>
    $pool = Get-SharedEmulatorPool
    foreach ($emulator in @($pool.Values)) { Stop-EmulatorProcess $emulator.Process }
    $pool.Clear()
}

function Stop-EmulatorProcess {
    param([Parameter(Mandatory)] [System.Diagnostics.Process] $Process)
    if (-not $Process.HasExited) {
        $Process.Kill($true)
        $Process.WaitForExit()
    }
    $Process.Dispose()
}

function Get-SharedEmulatorPool {
    <#
        The shared emulators, by seed and arguments. A global variable, because every test file imports this module
        afresh (-Force), which would drop anything kept in the module's own scope; Pester runs all files in one session.
    #>
    if ($null -eq $global:PartnerSandboxSharedTestEmulators) { $global:PartnerSandboxSharedTestEmulators = @{} }
    $global:PartnerSandboxSharedTestEmulators
}
