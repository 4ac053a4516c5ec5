# Test: the build, the packages the Pester tests install, every selected xunit project in one dotnet test, then the
# selected Pester files; each step timed. The last line is "Tests: N passed, N failed, N skipped", which CI reads.

function Invoke-Test {
    $allProjects = @(Get-XunitProjects)
    $suites = @(Resolve-Suite $allProjects)
    $projects = @($allProjects | Where-Object Suite -in $suites)
    $pester = if ('Pester' -in $suites) { Select-PesterFiles }

    $times = [System.Collections.Generic.List[object]]::new()
    Measure-Step $times 'build' { Invoke-Build }
    if ($pester -and $pester.InstallsPackages) {
        # The packaging tests install what users install; of the single files only the one this machine runs, to keep
        # the run short.
        Measure-Step $times 'packaging' { Invoke-Package -Runtimes @([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier) }
    }
    if (Test-Path $resultsOut) { Remove-Item $resultsOut -Recurse -Force }
    New-Item -ItemType Directory -Path $resultsOut -Force | Out-Null

    $counts = [System.Collections.Generic.List[object]]::new()
    if ($projects) {
        Measure-Step $times 'xunit' { Invoke-XunitProjects $projects }
        # Nothing has run since dotnet test, whose exit code this still is.
        $results = @(Read-XunitResults $projects $LASTEXITCODE)
        $times[-1].Parts = $results
        $results | ForEach-Object { $counts.Add($_) }
    }
    if ($pester) {
        Measure-Step $times 'Pester' { Invoke-PesterFiles $pester }
        $counts.Add((Read-PesterResults))
    }

    Write-StepTimes $times
    $passed = ($counts | Measure-Object Passed -Sum).Sum
    $failed = ($counts | Measure-Object Failed -Sum).Sum
    $skipped = ($counts | Measure-Object Skipped -Sum).Sum
    Write-Host "Tests: $passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0) { exit 1 }
}

function Measure-Step {
    <# Runs a step, its output going where it would have gone, and adds how long it took to $Times. #>
    param([System.Collections.Generic.List[object]] $Times, [string] $Name, [scriptblock] $Step)
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    & $Step
    $Times.Add([pscustomobject]@{ Step = $Name; Seconds = $watch.Elapsed.TotalSeconds; Parts = @() })
}

function Get-XunitProjects {
    <# The xunit projects, tests/PartnerSandbox.<Suite>.Tests, each with its suite's name. #>
    foreach ($project in Get-ChildItem (Join-Path $root 'tests') -Recurse -Filter '*.Tests.csproj') {
        [pscustomobject]@{ Suite = $project.BaseName -replace '^PartnerSandbox\.|\.Tests$', ''; Path = $project.FullName }
    }
}

function Resolve-Suite([object[]] $XunitProjects) {
    <#
        The suites -Suite names, every one without it. A name list may come as one argument, "Engine,Pester": that is
        what pwsh -File passes from a shell.
    #>
    $known = @($XunitProjects.Suite) + 'Pester'
    $names = @($Suite -split ',' | ForEach-Object Trim | Where-Object { $_ })
    if (-not $names) { return $known }
    $unknown = @($names | Where-Object { $_ -notin $known })
    if ($unknown) { throw "-Suite takes $($known -join ', '); '$($unknown -join "', '")' is none of them." }
    $names
}

function Invoke-XunitProjects([object[]] $Projects) {
    <#
        One dotnet test over a solution filter of the projects: it runs them side by side, each in its test host, and
        writes a trx file for each (the trx logger names them apart) into out/test-results/xunit/.
    #>
    $solutionFilter = Join-Path $resultsOut 'xunit.slnf'
    $paths = @($Projects | ForEach-Object { [IO.Path]::GetRelativePath($root, $_.Path).Replace('/', '\') })
    @{ solution = @{ path = (Join-Path $root 'PartnerSandbox.sln'); projects = $paths } } | ConvertTo-Json -Depth 3 | Set-Content -LiteralPath $solutionFilter
    $selection = if ($Filter) { @('--filter', "FullyQualifiedName~$($Filter -replace '[\\()&|=!~]', '\$0')") } else { @() }
    & dotnet test $solutionFilter -c $Configuration --no-build -nologo --results-directory (Join-Path $resultsOut 'xunit') `
        --logger trx --logger 'console;verbosity=normal' @selection
}

function Read-XunitResults([object[]] $Projects, [int] $ExitCode) {
    <#
        Each project's counts and time from its trx file, found by the assembly the xunit adapter names in it. A project
        without one, or a dotnet test that failed with no failed test to show for it (a test host that crashed, say),
        counts as a failure.
    #>
    $byAssembly = @{}
    foreach ($file in Get-ChildItem (Join-Path $resultsOut 'xunit') -Filter '*.trx' -ErrorAction SilentlyContinue) {
        [xml] $trx = Get-Content -LiteralPath $file.FullName -Raw
        if ("$($trx.TestRun.ResultSummary.Output.StdOut)" -match 'Discovering: (\S+)') { $byAssembly[$Matches[1]] = $trx.TestRun }
    }
    $results = @(foreach ($project in $Projects) {
            $run = $byAssembly[[IO.Path]::GetFileNameWithoutExtension($project.Path)]
            if (-not $run) {
                Write-Host "No test results for $($project.Path)."
                [pscustomobject]@{ Step = $project.Suite; Seconds = 0; Passed = 0; Failed = 1; Skipped = 0 }
                continue
            }
            $counters = $run.ResultSummary.Counters
            [pscustomobject]@{
                Step    = $project.Suite
                Seconds = ([DateTimeOffset] $run.Times.finish - [DateTimeOffset] $run.Times.start).TotalSeconds
                Passed  = [int] $counters.passed
                Failed  = [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
                Skipped = [int] $counters.notExecuted
            }
        })
    if ($ExitCode -ne 0 -and -not ($results | Where-Object Failed -gt 0)) {
        Write-Host "dotnet test exited with $ExitCode, and no test failed."
        $results += [pscustomobject]@{ Step = 'dotnet test'; Seconds = 0; Passed = 0; Failed = 1; Skipped = 0 }
    }
    $results
}

function Select-PesterFiles {
    <#
        What the Pester run takes. -Filter picks the files whose name has the text (-Filter Throttling:
        Throttling.Tests.ps1); when no file's name has it, every file runs with only the tests whose full name has it.
        The packages are made only when Packages.Tests.ps1 may run.
    #>
    $folder = Join-Path $root 'tests/PartnerSandbox.Tests'
    $named = @(if ($Filter) { Get-ChildItem $folder -Recurse -Filter '*.Tests.ps1' | Where-Object Name -like "*$([WildcardPattern]::Escape($Filter))*" })
    if ($named) {
        return [pscustomobject]@{ Path = @($named.FullName); FullNameFilter = $null; InstallsPackages = 'Packages.Tests.ps1' -in $named.Name }
    }
    [pscustomobject]@{ Path = @($folder); FullNameFilter = $(if ($Filter) { "*$([WildcardPattern]::Escape($Filter))*" }); InstallsPackages = $true }
}

function Invoke-PesterFiles($Selection) {
    Invoke-Dotnet restore (Join-Path $root 'tests/PartnerSandbox.Tests/TestDependencies.csproj') -nologo
    # Paths joined as in PATH: a script run with -File takes each argument as one string.
    $arguments = @(
        '-ModulePath', (Join-Path $outRoot 'PartnerSandbox'), '-ResultPath', (Join-Path $resultsOut 'pester.json')
        '-Path', ($Selection.Path -join [IO.Path]::PathSeparator)
        if ($Selection.FullNameFilter) { '-FullNameFilter', $Selection.FullNameFilter }
    )
    Invoke-RepositoryScript 'tests/PartnerSandbox.Tests/Invoke-PesterTests.ps1' $arguments
}

function Read-PesterResults {
    <# The counts Invoke-PesterTests.ps1 wrote; when it wrote none, the run itself failed. #>
    $path = Join-Path $resultsOut 'pester.json'
    if (Test-Path $path) { return Get-Content $path -Raw | ConvertFrom-Json }
    Write-Host "Pester wrote no results ($path)."
    [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
}

function Write-StepTimes([object[]] $Times) {
    <# How long each step took; xunit's projects under it, run side by side, so that their times overlap. #>
    Write-Host ''
    Write-Host 'Times:'
    foreach ($time in $Times) {
        Write-Host ('  {0,-12}{1,8:N1} s' -f $time.Step, $time.Seconds)
        foreach ($part in $time.Parts) { Write-Host ('    {0,-10}{1,8:N1} s' -f $part.Step, $part.Seconds) }
    }
    Write-Host ('  {0,-12}{1,8:N1} s' -f 'all', ($Times | Measure-Object Seconds -Sum).Sum)
}
