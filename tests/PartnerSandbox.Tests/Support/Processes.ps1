# Other processes a test starts (a new pwsh, an emulator): their environment and a clean folder to run in.

function Set-ProcessEnvironment {
    <# Sets the variables of $Environment for a process about to start; a null value removes the variable. #>
    param([Parameter(Mandatory)] [System.Diagnostics.ProcessStartInfo] $StartInfo, [Parameter(Mandatory)] [hashtable] $Environment)
    foreach ($name in $Environment.Keys) {
        if ($null -eq $Environment[$name]) { $null = $StartInfo.Environment.Remove($name) } else { $StartInfo.Environment[$name] = $Environment[$name] }
    }
}

function New-CleanFolder {
    <# An empty folder of its own under the test drive, so that nothing of the repository or of another test is beside it. #>
    New-Item -ItemType Directory -Path (Join-Path (Get-PSDrive TestDrive).Root ([guid]::NewGuid().ToString('n')))
}

function Invoke-NewPwsh {
    <#
        Runs a script in a new pwsh process (the one running the tests) whose working directory is $WorkingDirectory,
        and returns its standard output; fails with both outputs when it exits non-zero or runs past the timeout.
    #>
    param(
        [Parameter(Mandatory)] [string] $Script,
        [Parameter(Mandatory)] [string] $WorkingDirectory,
        # Environment variables to set for it.
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 120
    )
    # Run as a .NET tool, pwsh is pwsh.dll in the dotnet host; otherwise it is its own executable.
    $hostPath = [Environment]::ProcessPath
    $start = [System.Diagnostics.ProcessStartInfo]::new($hostPath)
    if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -ne 'pwsh') { $start.ArgumentList.Add((Join-Path $PSHOME 'pwsh.dll')) }
    foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $Script) { $start.ArgumentList.Add($argument) }
    $start.WorkingDirectory = $WorkingDirectory
    Set-ProcessEnvironment $start $Environment
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $process = [System.Diagnostics.Process]::Start($start)
    try {
        $output = $process.StandardOutput.ReadToEndAsync()
        $errors = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
            $process.Kill($true)
            throw "The new pwsh did not finish within $TimeoutSeconds seconds."
        }
        if ($process.ExitCode -ne 0) { throw "The new pwsh exited with $($process.ExitCode): $($errors.Result)$($output.Result)" }
        $output.Result
    }
    finally {
        $process.Dispose()
    }
}
