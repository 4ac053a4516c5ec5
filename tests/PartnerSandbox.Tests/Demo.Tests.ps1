# The demo (build.ps1 -Task Demo) teaches: each command as a person would type it, then its output, in 80 columns.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    $demo = Join-Path $PSScriptRoot '../demo/Start-Demo.ps1'
    $module = $env:PARTNERSANDBOX_MODULE_PATH
    if (-not $module) { $module = Join-Path $PSScriptRoot '../../out/PartnerSandbox' }
    $output = Invoke-NewPwsh -Script "& '$demo' -ModulePath '$module'" -WorkingDirectory (New-CleanFolder).FullName -TimeoutSeconds 300
    $script:lines = @(($output -replace "\e\[[0-9;]*m", '') -split '\r?\n')
    $script:commands = @(for ($i = 0; $i -lt $lines.Count; $i++) { if ($lines[$i].StartsWith('PS> ')) { [pscustomobject]@{ Line = $i; Text = $lines[$i].Substring(4) } } })
    $script:secret = (Get-Content -Raw (Join-Path $PSScriptRoot '../seeds/demo.json') | ConvertFrom-Json).partners[0].applications[0].clientSecret

    # The lines a command wrote: from the one after it to the next command or step.
    function Get-CommandOutput([string] $Like) {
        $command = $commands | Where-Object Text -like $Like | Select-Object -First 1
        $end = @($commands.Line) + @($lines.Count) | Where-Object { $_ -gt $command.Line } | Select-Object -First 1
        @($lines[($command.Line + 1)..($end - 1)] | Where-Object { $_ -and -not $_.StartsWith('# ') })
    }
}

Describe 'The demo' {
    It 'shows the commands a newcomer can type, each one PowerShell parses' {
        $commands.Count | Should -BeGreaterOrEqual 8
        foreach ($command in $commands) {
            $errors = $null
            [System.Management.Automation.Language.Parser]::ParseInput($command.Text, [ref] $null, [ref] $errors) | Out-Null
            $errors | Should -BeNullOrEmpty -Because $command.Text
        }
        $commands[0].Text | Should -BeLike 'Connect-PCSandbox -Endpoint https://127.0.0.1:* -ClientSecret $secret -SkipCertificateCheck -IntegrationSandbox'
        $output | Should -Not -Match ([regex]::Escape($secret))
    }

    It 'shows each command before its output' {
        (Get-CommandOutput 'Connect-PCSandbox *')[0] | Should -Match '^\s+TenantId\s+AccountKind\s+Account$'
        (Get-CommandOutput 'Get-PCSandboxCustomer')[0] | Should -Match '^CustomerId\s+CompanyName\s+Domain$'
        (Get-CommandOutput 'Get-PCSandboxOrder')[0] | Should -Match '^\s+CustomerId: [0-9a-f-]{36}$'
        Get-CommandOutput '*Stop-PCSandboxOrder -WhatIf*' | Where-Object { $_ -like 'What if: Performing the operation "Cancel" on target "order *' } | Should -Not -BeNullOrEmpty
        (Get-CommandOutput 'Disconnect-PCSandbox -PassThru')[0] | Should -Match '^\s+TenantId\s+AccountKind\s+Account$'
    }

    It 'keeps its tables within 80 columns' {
        $tableLines = $lines | Where-Object { $_ -and -not ($_.StartsWith('PS> ') -or $_.StartsWith('# ') -or $_.StartsWith('WARNING: ') -or $_.StartsWith('What if: ')) }
        @($tableLines).Count | Should -BeGreaterThan 20
        $tableLines | Where-Object Length -gt 80 | Should -BeNullOrEmpty
    }
}
