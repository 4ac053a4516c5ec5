<#
.SYNOPSIS
    The module's benchmark suite: one table of ratios, measured side by side in one run, printed and written to
    benchmarks/results.md. build.ps1 -Task Bench runs it after a build; it is not a test.
.DESCRIPTION
    Starts its own emulators (latency knob, rate limit, generated sandboxes) and runs every measured side in a pwsh of
    its own, timed from after sign-in:
    - the cleanup: the naive runbook (naive/Remove-SandboxOrders.ps1) against the module's default one-liner and
      -ThrottleLimit 1, 4, 8, 16 (and the -SweepLimits), each against its latency floor: the customer page, one
      customer's orders, then the cancellations in rounds of the limit, each round one latency;
    - whether cancelling holds up the listing: the listing's time inside the one-liner over its time alone;
    - the same cleanup, more orders, under the documented 500 requests a minute: time, 429s provoked, whether it finished;
    - the CSV path: requests sent against one per order plus one per customer;
    - listing 1k / 10k / 100k orders: time per order, time to the first, peak memory over an imported and connected
      pwsh (medians of rotated rounds, Invoke-RotatedRounds), and the 100k listing under a 64 MiB GC heap limit;
    - start-up: Import-Module + Connect-PCSandbox over a bare pwsh, alternated, medians, warm (each side's own
      PowerShell cache as its own last run left it) and cold (that cache emptied first); when this pwsh is a .NET tool
      (IL only), also on a precompiled copy of it (PrecompiledPwsh.psm1), as PowerShell's releases are.
    Each measured side keeps a PowerShell cache of its own (Get-BenchCacheHome), so no side starts with the JIT
    profile another side's pwsh left.
    -BaselineModulePath measures a second build (such as main's) on the same emulators in the same run.
#>
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/PartnerSandbox'),
    [string] $BaselineModulePath,
    [int] $LatencyMs = 100,
    [int[]] $ThrottleLimits = @(1, 4, 8, 16),
    [int[]] $SweepLimits = @(24, 32, 48, 64),
    [ValidateSet('Cleanup', 'RateLimit', 'Csv', 'Listing', 'StartUp')]
    [string[]] $Sections = @('Cleanup', 'RateLimit', 'Csv', 'Listing', 'StartUp'),
    [int] $StartUpRounds = 11,
    [int] $ListingRounds = 3,
    [string] $ResultsPath = (Join-Path $PSScriptRoot 'results.md')
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchmarkSupport.psm1') -Force
trap { Remove-BenchCacheHome; break }
Import-Module (Join-Path $PSScriptRoot 'PrecompiledPwsh.psm1') -Force
$rows = [System.Collections.Generic.List[object]]::new()
$modules = [ordered]@{ 'this build' = (Resolve-Path $ModulePath).Path }
if ($BaselineModulePath) { $modules['baseline'] = (Resolve-Path $BaselineModulePath).Path }
$cleanupScript = Join-Path $PSScriptRoot 'module/Measure-Cleanup.ps1'
$latency = $LatencyMs / 1000

function Add-Row([string] $Section, [string] $What, [string] $Measured, [string] $Ratio, [string] $Build = 'this build') {
    $rows.Add([pscustomobject]@{ Section = $Section; Build = $Build; What = $What; Measured = $Measured; Ratio = $Ratio })
    Write-Host ("{0,-10} {1,-10} {2,-58} {3,-34} {4}" -f $Section, $Build, $What, $Measured, $Ratio)
}

function Invoke-Naive($Emulator) {
    Reset-BenchEmulator $Emulator
    $parts = Get-ConnectPart $Emulator
    $run = Invoke-BenchPwsh (Join-Path $PSScriptRoot 'naive/Measure-Naive.ps1') -ArgumentList '-Endpoint', $parts.Endpoint, '-TenantId', $parts.TenantId, '-ClientId', $parts.ClientId -Environment @{ PCSANDBOX_BENCH_SECRET = $parts.ClientSecret } -CacheHome (Get-BenchCacheHome 'naive')
    Add-RequestCount $run $Emulator
}

function Invoke-Module($Emulator, [string] $Module, [string] $Scenario, [int] $ThrottleLimit, [string] $CsvPath) {
    Reset-BenchEmulator $Emulator
    $arguments = @('-ModulePath', $Module, '-Scenario', $Scenario)
    if ($ThrottleLimit) { $arguments += '-ThrottleLimit', $ThrottleLimit }
    if ($CsvPath) { $arguments += '-CsvPath', $CsvPath }
    $run = Invoke-BenchPwsh $cleanupScript -ArgumentList $arguments -Environment @{ PCSANDBOX_BENCH_CONNECT = $Emulator.ConnectCommand } -CacheHome (Get-BenchCacheHome $Module)
    if ($run.PSObject.Properties['Failed']) { throw "The $Scenario run failed: $($run.Error)" }
    Add-RequestCount $run $Emulator
}

function Invoke-Listing([string] $Build, [hashtable] $Environment) {
    Invoke-BenchPwsh (Join-Path $PSScriptRoot 'module/Measure-Listing.ps1') -ArgumentList '-ModulePath', $modules[$Build] -Environment $Environment -CacheHome (Get-BenchCacheHome $modules[$Build])
}

function Measure-ListingSide([hashtable] $Environment, [int] $Orders, [int] $Rounds) {
    <# Each build's median listing (seconds, time to the first order, peak above the baseline), keyed by build, over rotated rounds; every run must list all $Orders. #>
    $runs = Invoke-RotatedRounds -Names @($modules.Keys) -Rounds $Rounds -Measure {
        param($build)
        $run = Invoke-Listing $build $Environment
        if ($run.PSObject.Properties['Failed']) { throw "The listing run failed: $($run.Error)" }
        if ($run.Orders -ne $Orders) { throw "The listing run of $build wrote $($run.Orders) orders of the $Orders generated." }
        $run
    }
    $medians = @{}
    foreach ($build in $runs.Keys) {
        $list = $runs[$build]
        $medians[$build] = [pscustomobject]@{ Seconds = Get-Median $list.Seconds; FirstSeconds = Get-Median $list.FirstSeconds; PeakAboveMB = Get-Median $list.PeakAboveMB }
    }
    $medians
}

function Add-RequestCount($Run, $Emulator) {
    <# What the run sent, from the emulator's log: requests, cancellations (one per request id), 429s, and whether any call was left throttled. #>
    $log = Get-BenchRequest $Emulator
    $patches = @($log | Where-Object method -eq 'PATCH')
    $lastAnswer = @($log | Where-Object requestId | Group-Object requestId | ForEach-Object { $_.Group[-1].status })
    $Run | Add-Member -Force -NotePropertyMembers @{
        Requests      = $log.Count
        Cancellations = @($patches.requestId | Sort-Object -Unique).Count
        Throttled     = @($log | Where-Object status -eq 429).Count
        Finished      = -not ($lastAnswer -contains 429)
        MaxInFlight   = ($log | Measure-Object inFlight -Maximum).Maximum
        MaxCancelling = Get-MostAtOnce $patches
    }
    $Run
}

function Get-MostAtOnce($Requests) {
    <# The most of these logged requests under way at one moment, from when each arrived and was answered (an answer first on a tie). #>
    $steps = foreach ($request in $Requests) { @{ At = $request.receivedMs; Step = 1 }; @{ At = $request.answeredMs; Step = -1 } }
    $now = 0; $most = 0
    foreach ($step in $steps | Sort-Object { $_.At }, { $_.Step }) {
        $now += $step.Step
        $most = [Math]::Max($most, $now)
    }
    $most
}

function Measure-StartUpSide([System.Collections.Specialized.OrderedDictionary] $Commands, [string] $PwshHome, [hashtable] $Environment, [int] $Rounds) {
    <#
        The median wall seconds of each side of $Commands (name to command), keyed 'warm|name' and 'cold|name', over
        rotated rounds that run every side once warm and once cold. Warm: the side's own PowerShell cache as its last
        run left it (a runbook started again on the same worker); cold: that cache emptied first (a new machine).
    #>
    $runs = Invoke-RotatedRounds -Names @($Commands.Keys) -Rounds $Rounds -Measure {
        param($name)
        @{
            warm = Measure-PwshStart $Commands[$name] -Environment $Environment -PwshHome $PwshHome -CacheHome (Get-BenchCacheHome "$PwshHome warm $name")
            cold = Measure-PwshStart $Commands[$name] -Environment $Environment -PwshHome $PwshHome -CacheHome (Get-BenchCacheHome "$PwshHome cold $name" -Empty)
        }
    }
    $medians = @{}
    foreach ($name in $runs.Keys) { foreach ($state in 'warm', 'cold') { $medians["$state|$name"] = Get-Median @($runs[$name] | ForEach-Object { $_[$state] }) } }
    $medians
}

function Get-Floor([int] $Cancellations, [int] $Concurrency) { $latency * (2 + [Math]::Ceiling($Cancellations / $Concurrency)) }
function Format-Seconds([double] $Seconds) { '{0:0.00} s' -f $Seconds }

if ('Cleanup' -in $Sections -or 'Csv' -in $Sections -or 'StartUp' -in $Sections) {
    $sandbox = Start-BenchEmulator -Generate '1x75x8' -LatencyMs $LatencyMs
}
try {
    if ('Cleanup' -in $Sections) {
        $naive = Invoke-Naive $sandbox
        Add-Row 'cleanup' "naive runbook, sequential Invoke-RestMethod ($($naive.Cancellations) PATCH)" (Format-Seconds $naive.Seconds) '1.00 (the peer)' 'naive'
        foreach ($build in $modules.Keys) {
            $limits = @(0) + $ThrottleLimits + $(if ($build -eq 'this build') { $SweepLimits } else { @() })
            foreach ($limit in $limits) {
                $run = Invoke-Module $sandbox $modules[$build] 'OneLiner' $limit
                $floor = Get-Floor $run.Cancellations $run.ThrottleLimit
                $label = if ($limit) { "one-liner -ThrottleLimit $limit" } else { "one-liner, default (-ThrottleLimit $($run.ThrottleLimit))" }
                Add-Row 'cleanup' $label ('{0}, floor {1}, {2} in flight ({3} cancelling)' -f (Format-Seconds $run.Seconds), (Format-Seconds $floor), $run.MaxInFlight, $run.MaxCancelling) ('{0:0.0}x faster than naive; {1:0.00}x floor' -f ($naive.Seconds / $run.Seconds), ($run.Seconds / $floor)) $build
            }
            $overlap = Invoke-Module $sandbox $modules[$build] 'Overlap' 0
            Add-Row 'cleanup' 'listing inside the default one-liner / listing alone' ('{0} / {1}' -f (Format-Seconds $overlap.ListingInPipeline), (Format-Seconds $overlap.ListingAlone)) ('{0:0.00}' -f ($overlap.ListingInPipeline / $overlap.ListingAlone)) $build
        }
    }

    if ('Csv' -in $Sections) {
        $csv = Join-Path ([IO.Path]::GetTempPath()) "pcsandbox-bench-$([guid]::NewGuid().ToString('n')).csv"
        try {
            $export = Invoke-Module $sandbox $modules['this build'] 'Export' 0 $csv
            $bound = $export.Orders + $export.Customers
            foreach ($build in $modules.Keys) {
                $run = Invoke-Module $sandbox $modules[$build] 'Csv' 0 $csv
                Add-Row 'csv' "Import-Csv ($($export.Orders) orders of $($export.Customers) customers) | Stop-PCSandboxOrder -Force" ('{0} requests (bound {1}), {2}' -f $run.Requests, $bound, (Format-Seconds $run.Seconds)) ('{0:0.00} of the bound; {1:0.00}x floor' -f ($run.Requests / $bound), ($run.Seconds / (Get-Floor $run.Cancellations $run.ThrottleLimit))) $build
            }
        }
        finally {
            Remove-Item -LiteralPath $csv -ErrorAction SilentlyContinue
        }
    }

    if ('StartUp' -in $Sections) {
        # This pwsh, and a precompiled copy of it when it is a .NET tool (IL only; PowerShell's releases are precompiled).
        $pwshHomes = [ordered]@{ 'pwsh' = $PSHOME }
        $precompiledHome = Join-Path ([IO.Path]::GetTempPath()) "pcsandbox-bench-pwsh-$([guid]::NewGuid().ToString('n'))"
        # The line a runbook author writes, the secret from the environment; a run that writes an error fails (Measure-PwshStart).
        $parts = Get-ConnectPart $sandbox; $environment = @{ PCSANDBOX_BENCH_SECRET = $parts.ClientSecret }
        $connectLine = "Import-Module '{0}'; Connect-PCSandbox -Endpoint $($parts.Endpoint) -TenantId $($parts.TenantId) -ClientId $($parts.ClientId) -ClientSecret (ConvertTo-SecureString `$env:PCSANDBOX_BENCH_SECRET -AsPlainText -Force) -SkipCertificateCheck -IntegrationSandbox | Out-Null"
        $sides = [ordered]@{ 'bare' = '1' }; foreach ($build in $modules.Keys) { $sides[$build] = $connectLine -f $modules[$build] }
        $medians = [ordered]@{}
        try {
            if (New-PrecompiledPwsh -Destination $precompiledHome) { $pwshHomes['precompiled pwsh'] = $precompiledHome }
            foreach ($pwsh in $pwshHomes.Keys) { $medians[$pwsh] = Measure-StartUpSide $sides $pwshHomes[$pwsh] $environment $StartUpRounds }
        }
        finally {
            Remove-Item -LiteralPath $precompiledHome -Recurse -Force -ErrorAction SilentlyContinue
        }
        foreach ($pwsh in $medians.Keys) {
            foreach ($state in 'warm', 'cold') {
                $bareMedian = $medians[$pwsh]["$state|bare"]
                Add-Row 'start-up' "bare $pwsh -NoProfile -c 1, $state (median of $StartUpRounds)" (Format-Seconds $bareMedian) '1.00' $pwsh
                foreach ($build in $modules.Keys) {
                    $median = $medians[$pwsh]["$state|$build"]
                    Add-Row 'start-up' "$pwsh + Import-Module + Connect-PCSandbox (app secret), $state" ('{0}, +{1:0.00} s' -f (Format-Seconds $median), ($median - $bareMedian)) ('{0:0.00}x bare' -f ($median / $bareMedian)) $build
                }
            }
        }
    }
}
finally {
    if ($sandbox) { Stop-TestEmulator $sandbox }
}

if ('RateLimit' -in $Sections) {
    $limited = Start-BenchEmulator -Generate '1x75x16' -LatencyMs $LatencyMs -RateLimit 500
    try {
        $naive = Invoke-Naive $limited
        Add-Row '500/min' "naive runbook ($($naive.Cancellations) PATCH, $($naive.Requests) requests)" ('{0}, {1} x 429, finished: {2}' -f (Format-Seconds $naive.Seconds), $naive.Throttled, $naive.Finished) '1.00 (the peer)' 'naive'
        foreach ($build in $modules.Keys) {
            $run = Invoke-Module $limited $modules[$build] 'OneLiner' 0
            Add-Row '500/min' "one-liner, default ($($run.Requests) requests)" ('{0}, {1} x 429, finished: {2}' -f (Format-Seconds $run.Seconds), $run.Throttled, $run.Finished) ('{0:0.00}x faster than naive' -f ($naive.Seconds / $run.Seconds)) $build
        }
    }
    finally {
        Stop-TestEmulator $limited
    }
}

if ('Listing' -in $Sections) {
    foreach ($size in @(@{ Label = '1k'; Generate = '1x10x100' }, @{ Label = '10k'; Generate = '1x10x1000' }, @{ Label = '100k'; Generate = '1x100x1000' })) {
        $listing = Start-BenchEmulator -Generate $size.Generate
        $orders = 1; foreach ($part in $size.Generate -split 'x') { $orders *= [int] $part } # <partners>x<customers>x<orders each>, one partner
        try {
            $environment = @{ PCSANDBOX_BENCH_CONNECT = $listing.ConnectCommand }
            $medians = Measure-ListingSide $environment $orders $ListingRounds
            foreach ($build in $modules.Keys) {
                $run = $medians[$build]
                Add-Row 'listing' "Get-PCSandboxOrder | Measure-Object, $($size.Label) orders ($orders), median of $ListingRounds" ('{0:0} µs/order, first {1}, +{2} MB peak' -f ($run.Seconds * 1e6 / $orders), (Format-Seconds $run.FirstSeconds), $run.PeakAboveMB) ('{0:0.00} of the 100 MB budget' -f ($run.PeakAboveMB / 100)) $build
                if ($size.Label -eq '100k') {
                    $limitedHeap = Invoke-Listing $build ($environment + @{ DOTNET_GCHeapHardLimit = '0x4000000' })
                    $completed = -not $limitedHeap.PSObject.Properties['Failed'] -and $limitedHeap.Orders -eq $orders
                    Add-Row 'listing' '100k orders under DOTNET_GCHeapHardLimit=64 MiB' "completed: $completed" '' $build
                }
            }
        }
        finally {
            Stop-TestEmulator $listing
        }
    }
}

$table = @('| section | build | what | measured | ratio |', '|---|---|---|---|---|') + @($rows | ForEach-Object { "| $($_.Section) | $($_.Build) | $($_.What) | $($_.Measured) | $($_.Ratio) |" })
$header = @(
    '# Benchmark results', '',
    ('{0:yyyy-MM-dd HH:mm} UTC, {1} cores, {2}, latency {3} ms per API request (emulator on the same machine). Written by `build.ps1 -Task Bench`; see README.md.' -f [DateTime]::UtcNow, [Environment]::ProcessorCount, [System.Runtime.InteropServices.RuntimeInformation]::OSDescription, $LatencyMs),
    ('Builds: ' + (@($modules.Keys | ForEach-Object { '{0} = `{1}`' -f $_, $modules[$_] }) -join '; ') + '.'),
    '')
Remove-BenchCacheHome
Set-Content -LiteralPath $ResultsPath -Value ($header + $table) -Encoding utf8
Write-Host "Results: $ResultsPath"
