# The repository's own scripts that the build runs, each in a pwsh process of its own so that the module it imports
# is never loaded into this build session: the demo, the benchmarks and the Pester runner.

function Invoke-RepositoryScript([string] $Path, [string[]] $ArgumentList = @()) {
    <# Runs a script of the repository by its path from the root; $LASTEXITCODE is then its exit code. #>
    & dotnet tool run pwsh -NoProfile -NonInteractive -File (Join-Path $root $Path) @ArgumentList
}

function Invoke-Demo {
    Invoke-Build
    Invoke-RepositoryScript 'tests/demo/Start-Demo.ps1' '-ModulePath', (Join-Path $outRoot 'PartnerSandbox')
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-Bench {
    Invoke-Build
    $baseline = if ($BenchBaseline) { @('-BaselineModulePath', $BenchBaseline) } else { @() }
    Invoke-RepositoryScript 'benchmarks/Invoke-Benchmarks.ps1' (@('-ModulePath', (Join-Path $outRoot 'PartnerSandbox')) + $baseline)
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
