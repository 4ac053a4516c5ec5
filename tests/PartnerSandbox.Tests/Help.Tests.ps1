# The help that ships with the module: Get-Help reads out/.../en-US, built from docs/ by tools/ConvertTo-MamlHelp.ps1
# (whose own checks are HelpConverter.Tests.ps1).
BeforeDiscovery {
    $script:cmdletNames = (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../PartnerSandbox.psd1')).CmdletsToExport
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters

    # What Get-Command says about each parameter set: the parameter names (common ones left out), sorted.
    function Get-SetSignature {
        param([Parameter(Mandatory)] [AllowEmptyCollection()] [string[]] $Names)
        (@($Names | Where-Object { $_ -notin $commonParameters }) | Sort-Object) -join ','
    }

    function Get-HelpText {
        param($Node)
        (@($Node) | Where-Object { $_ } | ForEach-Object { $_.Text }) -join "`n"
    }
}

Describe 'Get-Help <_>' -ForEach $cmdletNames {
    BeforeAll {
        $script:name = $_
        $script:command = Get-Command $name -Module PartnerSandbox
        $script:help = Get-Help $name -Full
        $script:documented = @($help.parameters.parameter | Where-Object { $_ })
    }

    It 'has a written synopsis, not the one Get-Help makes up from the syntax' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$name *"
        $help.Synopsis | Should -Not -BeLike "*{{*"
    }

    It 'has a description' {
        Get-HelpText $help.description | Should -Not -BeNullOrEmpty
    }

    It 'has at least one example, each with code and an explanation' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterThan 0
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty -Because $example.title
            Get-HelpText $example.remarks | Should -Not -BeNullOrEmpty -Because $example.title
        }
    }

    It 'documents every parameter with a description, its type, its aliases, its pipeline input and its wildcards' {
        foreach ($parameter in $command.Parameters.Values | Where-Object Name -notin $commonParameters) {
            $entry = $documented | Where-Object name -eq $parameter.Name
            $entry | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) is a parameter of $name"
            Get-HelpText $entry.description | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs a description"

            $type = [Nullable]::GetUnderlyingType($parameter.ParameterType) ?? $parameter.ParameterType
            $entry.type.name | Should -Be $type.Name -Because "-$($parameter.Name)'s type"

            $aliases = if ($entry.aliases -eq 'none') { @() } else { @($entry.aliases -split ',\s*') }
            ($aliases | Sort-Object) -join ',' | Should -Be (($parameter.Aliases | Sort-Object) -join ',') -Because "-$($parameter.Name)'s aliases"

            $attributes = @($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
            $ways = @(
                if ($attributes.ValueFromPipeline -contains $true) { 'ByValue' }
                if ($attributes.ValueFromPipelineByPropertyName -contains $true) { 'ByPropertyName' }
            )
            $expected = if ($ways) { "True ($($ways -join ', '))" } else { 'False' }
            $entry.pipelineInput | Should -Be $expected -Because "-$($parameter.Name)'s pipeline input"

            $wildcards = @($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }).Count -gt 0
            $entry.globbing | Should -Be $wildcards.ToString().ToLowerInvariant() -Because "-$($parameter.Name) says whether it takes wildcards as [SupportsWildcards] does"
        }
    }

    It 'has no online link, so Get-Help -Online says so instead of failing on a relative one' {
        @($help.relatedLinks.navigationLink | Where-Object uri) | Should -BeNullOrEmpty
        $help.relatedLinks.navigationLink.linkText | Should -Contain 'about_PartnerSandbox'
        { Get-Help $name -Online -ErrorAction Stop } | Should -Throw -ExpectedMessage '*(URI) of the Help topic is not specified*'
    }

    It 'documents no parameter the cmdlet does not have' {
        foreach ($entry in $documented) {
            $command.Parameters.Keys | Should -Contain $entry.name
        }
    }

    It 'shows the parameter sets of Get-Command, with their mandatory parameters and positions' {
        $helpSets = @($help.syntax.syntaxItem | ForEach-Object { , @($_.parameter | Where-Object { $_ }) })
        $expected = @($command.ParameterSets | ForEach-Object { Get-SetSignature @($_.Parameters.Name) } | Sort-Object)
        $actual = @($helpSets | ForEach-Object { Get-SetSignature @($_ | ForEach-Object name) } | Sort-Object)
        $actual | Should -Be $expected

        foreach ($set in $command.ParameterSets) {
            $signature = Get-SetSignature @($set.Parameters.Name)
            $item = $helpSets | Where-Object { (Get-SetSignature @($_ | ForEach-Object name)) -eq $signature } | Select-Object -First 1
            foreach ($parameter in $set.Parameters | Where-Object Name -notin $commonParameters) {
                $entry = $item | Where-Object name -eq $parameter.Name
                $entry.required | Should -Be $parameter.IsMandatory.ToString().ToLowerInvariant() -Because "-$($parameter.Name) in $($set.Name)"
                $position = if ($parameter.Position -lt 0) { 'named' } else { "$($parameter.Position)" }
                $entry.position | Should -Be $position -Because "-$($parameter.Name) in $($set.Name)"
            }
        }
    }
}

Describe 'about_PartnerSandbox' {
    BeforeAll {
        $script:topic = Get-Help about_PartnerSandbox | Out-String
    }

    It 'is found by Get-Help and says how to store the rotated refresh token' {
        $topic | Should -Match 'about_PartnerSandbox'
        $topic | Should -Match ([regex]::Escape('$connection.GetRefreshToken()'))
        $topic | Should -Match 'Set-AzKeyVaultSecret'
    }

    It 'names every error id of the error catalog' {
        $catalog = (Get-ChildItem (Join-Path $repositoryRoot 'src/PartnerSandbox/Errors') -Filter *.cs | Get-Content -Raw) -join "`n"
        $ids = [regex]::Matches($catalog, 'new(?:\s+ErrorKind)?\("([A-Za-z]+)"') | ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique
        $ids.Count | Should -BeGreaterThan 30
        foreach ($id in $ids) { $topic | Should -Match "\b$id\b" -Because "$id is an error id scripts match on" }
    }
}
