# tools/ConvertTo-MamlHelp.ps1 on a page of its own (Fixtures/help/): what it writes, and how it refuses a bad page.
BeforeAll {
    $script:converter = Join-Path $PSScriptRoot '../../tools/ConvertTo-MamlHelp.ps1'
    $script:goodPage = (Get-Content -Raw (Join-Path $PSScriptRoot 'Fixtures/help/Get-Thing.md')) -replace "`r`n", "`n"
    $script:aboutPage = Get-Content -Raw (Join-Path $PSScriptRoot 'Fixtures/help/about_Thing.md')
}

Describe 'tools/ConvertTo-MamlHelp.ps1' {
    BeforeAll {
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
