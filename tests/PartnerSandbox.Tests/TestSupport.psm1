# Helpers shared by the Pester tests (and the demo and the benchmarks): a real emulator process on a free port, its
# admin API, the seed's data, the identities a test brings and the keys that compare orders. Each concern is one file of Support/.

$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

. (Join-Path $PSScriptRoot 'Support/BuildOutput.ps1')
. (Join-Path $PSScriptRoot 'Support/Processes.ps1')
. (Join-Path $PSScriptRoot 'Support/EmulatorProcess.ps1')
. (Join-Path $PSScriptRoot 'Support/EmulatorAdmin.ps1')
. (Join-Path $PSScriptRoot 'Support/Seeds.ps1')
. (Join-Path $PSScriptRoot 'Support/Identity.ps1')
. (Join-Path $PSScriptRoot 'Support/OrderKeys.ps1')

Export-ModuleMember -Function *
