# The help that ships with the module (Get-Help reads out/.../en-US, built from docs/ by tools/ConvertTo-MamlHelp.ps1),
# and the converter's own checks.
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

Describe 'tools/ConvertTo-MamlHelp.ps1' {
    BeforeAll {
        $script:converter = Join-Path $repositoryRoot 'tools/ConvertTo-MamlHelp.ps1'
        $script:goodPage = @'
---
external help file: PartnerSandbox.dll-Help.xml
Module Name: PartnerSandbox
online version:
schema: 2.0.0
---

# Get-Thing

## SYNOPSIS
Gets things <fast> & safely.

## SYNTAX

### ByName (Default)
```
Get-Thing [-Name] <String> [-Force] [<CommonParameters>]
```

### ById
```
Get-Thing -Id <Int32> [-Force] [<CommonParameters>]
```

## DESCRIPTION
Gets the things.

A second paragraph.

## EXAMPLES

### Example 1: Get a thing
```powershell
Get-Thing -Name 'a<b>'
```

Gets the thing called a<b>.

## PARAMETERS

### -Name
The thing's name.

```yaml
Type: String
Parameter Sets: ByName
Aliases: ThingName, N

Required: True
Position: 0
Default value: None
Accept pipeline input: True (ByPropertyName)
Accept wildcard characters: False
```

### -Id
The thing's id.

```yaml
Type: Int32
Parameter Sets: ById
Aliases:

Required: True
Position: Named
Default value: None
Accept pipeline input: False
Accept wildcard characters: False
```

### -Force
Gets it anyway.

```yaml
Type: SwitchParameter
Parameter Sets: (All)
Aliases:

Required: False
Position: Named
Default value: False
Accept pipeline input: False
Accept wildcard characters: False
```

### CommonParameters
This cmdlet supports the common parameters.

## INPUTS

### System.String
Names, by property name.

## OUTPUTS

### Thing
A thing.

## NOTES
Nothing to note.

## RELATED LINKS

[about_Thing](about_Thing.md)
'@ -replace "`r`n", "`n"
        $script:aboutPage = @'
# Thing
## about_Thing

# SHORT DESCRIPTION
Things.

# LONG DESCRIPTION
Things are long.

```powershell
Get-Thing
```
'@

        # Writes the page (changed by -Change) into a fresh docs folder and runs the converter; returns the output folder.
        function Invoke-Converter {
            param([scriptblock] $Change = { $args[0] })
            $case = Join-Path $TestDrive ([guid]::NewGuid())
            $script:lastCase = $case
            $docs = New-Item -ItemType Directory -Path (Join-Path $case 'docs')
            Set-Content -LiteralPath (Join-Path $docs 'Get-Thing.md') -Value (& $Change $goodPage) -NoNewline
            Set-Content -LiteralPath (Join-Path $docs 'about_Thing.md') -Value $aboutPage
            $output = Join-Path $case 'en-US'
            & $converter -DocsPath $docs -OutputPath $output
            $output
        }

        function Get-ConversionError {
            param([scriptblock] $Change)
            try {
                Invoke-Converter $Change | Out-Null
            }
            catch {
                return $_.Exception.Message
            }
            throw 'The conversion succeeded; it was expected to fail.'
        }

        # The 1-based line of the first line of the good page that equals $Text (after $After, when given).
        function Get-LineNumber {
            param([string] $Text, [int] $After = 0)
            $lines = $goodPage -split "`n"
            for ($i = $After; $i -lt $lines.Count; $i++) { if ($lines[$i] -eq $Text) { return $i + 1 } }
            throw "'$Text' is not in the page."
        }
    }

    It 'writes MAML with the commands, syntax per set, parameters, examples and links, escaping what needs it' {
        $output = Invoke-Converter

        [xml] $maml = Get-Content -Raw (Join-Path $output 'PartnerSandbox.dll-Help.xml')
        $namespaces = [System.Xml.XmlNamespaceManager]::new($maml.NameTable)
        $namespaces.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $namespaces.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $namespaces.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
        $command = $maml.SelectSingleNode('/helpItems[@schema="maml"]/command:command', $namespaces)
        $command.SelectSingleNode('command:details/command:name', $namespaces).InnerText | Should -Be 'Get-Thing'
        $command.SelectSingleNode('command:details/command:verb', $namespaces).InnerText | Should -Be 'Get'
        $command.SelectSingleNode('command:details/command:noun', $namespaces).InnerText | Should -Be 'Thing'
        $command.SelectSingleNode('command:details/maml:description/maml:para', $namespaces).InnerText | Should -Be 'Gets things <fast> & safely.'
        @($command.SelectNodes('maml:description/maml:para', $namespaces)).Count | Should -Be 2

        $sets = @($command.SelectNodes('command:syntax/command:syntaxItem', $namespaces) | ForEach-Object {
                (@($_.SelectNodes('command:parameter/maml:name', $namespaces) | ForEach-Object InnerText)) -join ','
            })
        $sets | Should -Be @('Name,Force', 'Id,Force')

        $name = $command.SelectSingleNode('command:parameters/command:parameter[maml:name="Name"]', $namespaces)
        $name.required | Should -Be 'true'
        $name.position | Should -Be '0'
        $name.pipelineInput | Should -Be 'True (ByPropertyName)'
        $name.aliases | Should -Be 'ThingName, N'
        $name.globbing | Should -Be 'false'
        $name.SelectSingleNode('dev:type/maml:name', $namespaces).InnerText | Should -Be 'String'
        $name.SelectSingleNode('command:parameterValue', $namespaces).InnerText | Should -Be 'String'
        $name.SelectSingleNode('dev:defaultValue', $namespaces).InnerText | Should -Be 'None'
        $command.SelectSingleNode('command:parameters/command:parameter[maml:name="Force"]', $namespaces).aliases | Should -Be 'none'

        $command.SelectSingleNode('command:examples/command:example/dev:code', $namespaces).InnerText | Should -Be "Get-Thing -Name 'a<b>'"
        $command.SelectSingleNode('command:examples/command:example/dev:remarks/maml:para', $namespaces).InnerText | Should -Be 'Gets the thing called a<b>.'
        $command.SelectSingleNode('command:inputTypes/command:inputType/dev:type/maml:name', $namespaces).InnerText | Should -Be 'System.String'
        $command.SelectSingleNode('command:returnValues/command:returnValue/dev:type/maml:name', $namespaces).InnerText | Should -Be 'Thing'
        $command.SelectSingleNode('maml:alertSet/maml:alert/maml:para', $namespaces).InnerText | Should -Be 'Nothing to note.'
        $command.SelectSingleNode('command:relatedLinks/maml:navigationLink/maml:linkText', $namespaces).InnerText | Should -Be 'about_Thing'
    }

    It 'writes an online version as the first link, and keeps only the text of a link to another page' {
        $output = Invoke-Converter { $args[0] -replace 'online version:', 'online version: https://example.com/help/get-thing' }

        [xml] $maml = Get-Content -Raw (Join-Path $output 'PartnerSandbox.dll-Help.xml')
        $links = @($maml.helpItems.command.relatedLinks.navigationLink)
        $links.linkText | Should -Be @('Online Version:', 'about_Thing')
        $links.uri | Should -Be @('https://example.com/help/get-thing', '')
    }

    It 'converts only the PascalCase Verb-Noun pages, not guides such as azure-automation.md' {
        $output = Invoke-Converter
        Set-Content -LiteralPath (Join-Path $lastCase 'docs/azure-automation.md') -Value '# Not a cmdlet page'
        & $converter -DocsPath (Join-Path $lastCase 'docs') -OutputPath $output

        [xml] $maml = Get-Content -Raw (Join-Path $output 'PartnerSandbox.dll-Help.xml')
        @($maml.helpItems.command).details.name | Should -Be 'Get-Thing'
    }

    It 'writes the about topic as plain text' {
        $output = Invoke-Converter

        $text = Get-Content (Join-Path $output 'about_Thing.help.txt')
        $text[0..1] | Should -Be @('TOPIC', '    about_Thing')
        $text | Should -Contain 'SHORT DESCRIPTION'
        $text | Should -Contain '    Things.'
        $text | Should -Contain '    Get-Thing'
    }

    It 'fails on <Case>, naming the file and the problem, and writes nothing' -TestCases @(
        @{
            Case     = 'a missing section'
            Change   = { $args[0] -replace '(?s)## NOTES\n.*?\n\n', '' }
            Expected = { "Get-Thing.md: missing required section '## NOTES'." }
        }
        @{
            Case     = 'an unknown section'
            Change   = { $args[0] -replace '## NOTES', '## REMARKS' }
            Expected = { "Get-Thing.md: line $(Get-LineNumber '## NOTES'): unknown section '## REMARKS' (the sections are SYNOPSIS, SYNTAX, DESCRIPTION, EXAMPLES, PARAMETERS, INPUTS, OUTPUTS, NOTES, RELATED LINKS)." }
        }
        @{
            Case     = 'a yaml block without a parameter heading'
            Change   = { $args[0] -replace '### -Name\n', '' }
            # The heading's line is gone, so the yaml moves up one line.
            Expected = { "Get-Thing.md: line $((Get-LineNumber '```yaml') - 1): a parameter's yaml block has no '### -Name' heading above it." }
        }
        @{
            Case     = 'a parameter heading missing between two parameters'
            Change   = { $args[0] -replace '### -Id\n', '' }
            Expected = { "Get-Thing.md: line $((Get-LineNumber "The thing's id.") - 1): text after the yaml block of '-Name' (is a '### -Name' heading missing above it?); a description goes between its heading and its yaml." }
        }
        @{
            Case     = 'a parameter without its yaml block'
            Change   = { $args[0] -replace '(?s)(### -Force\nGets it anyway\.\n)\n```yaml.*?```\n', '$1' }
            Expected = { "Get-Thing.md: line $(Get-LineNumber '### -Force'): the parameter '-Force' has no yaml block." }
        }
        @{
            Case     = 'a parameter set that SYNTAX does not name'
            Change   = { $args[0] -replace 'Parameter Sets: ById', 'Parameter Sets: ByKey' }
            Expected = { "Get-Thing.md: line $(Get-LineNumber '```yaml' (Get-LineNumber '### -Id')): '-Id' names the parameter set 'ByKey', which '## SYNTAX' does not have." }
        }
        @{
            Case     = 'a code fence that is never closed'
            Change   = { $args[0] -replace '(?s)(Accept wildcard characters: False\n)```\n\n### CommonParameters', '$1### CommonParameters' }
            Expected = { "Get-Thing.md: line $(Get-LineNumber '```yaml' (Get-LineNumber '### -Force')): unbalanced code fence: the fence opened here is never closed." }
        }
        @{
            Case     = 'a code fence closed by the next block'
            Change   = { $args[0] -replace '(?s)(Get-Thing -Name ''a<b>''\n)```\n', '$1' }
            Expected = { "Get-Thing.md: line $(Get-LineNumber '```powershell'): unbalanced code fence: the fence opened on line $(Get-LineNumber '```powershell') is not closed before '``````yaml' opens another block." }
        }
        @{
            Case     = 'an example without code'
            Change   = { $args[0] -replace '(?s)```powershell\nGet-Thing -Name ''a<b>''\n```\n', '' }
            Expected = { "Get-Thing.md: line $(Get-LineNumber '### Example 1: Get a thing'): the example '### Example 1: Get a thing' has no ``````powershell code block." }
        }
        @{
            Case     = 'an online version that Get-Help -Online cannot open'
            Change   = { $args[0] -replace 'online version:', 'online version: Get-Thing.md' }
            Expected = { "Get-Thing.md: line 1: the front matter's 'online version' is 'Get-Thing.md'; it must be an absolute http(s) URI, or empty when the page is not published online." }
        }
        @{
            Case     = 'a page without front matter'
            Change   = { $args[0] -replace '(?s)^---.*?---\n', '' }
            Expected = { "Get-Thing.md: line 1: the page must start with the front matter ('---', then external help file, Module Name, online version, schema, then '---')." }
        }
    ) {
        $message = Get-ConversionError $Change

        $message | Should -BeExactly (& $Expected)
        Test-Path (Join-Path $lastCase 'en-US') | Should -BeFalse
    }
}
