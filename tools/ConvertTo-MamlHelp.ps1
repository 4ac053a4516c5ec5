<#
.SYNOPSIS
    Converts the module's platyPS-schema Markdown help into what Get-Help reads: MAML XML and about_*.help.txt.
.DESCRIPTION
    Written by hand because platyPS is not available to the build. It reads every docs/<Verb>-<Noun>.md cmdlet page
    (platyPS schema 2.0.0; named in PascalCase as cmdlets are, so guides such as azure-automation.md are left alone)
    and writes one MAML file, PartnerSandbox.dll-Help.xml, into -OutputPath; every docs/about_*.md topic (platyPS
    about schema) is written there as about_*.help.txt, plain text as platyPS renders it.

    Pages are checked strictly: a missing or repeated section, an unknown section, a parameter block without its
    '### -Name' heading, a parameter without a yaml block or a description, a yaml block without one of the platyPS
    keys, a parameter set that the SYNTAX section does not name, an example without code, an 'online version' that is
    not an absolute http(s) URI, or an unbalanced code fence fails the conversion with "<file>: line <n>: <problem>"
    (the line when there is one), and nothing is written.
    The XML is written with System.Xml.XmlWriter only.
.EXAMPLE
    ./tools/ConvertTo-MamlHelp.ps1 -OutputPath ./out/PartnerSandbox/0.2.0/en-US
#>
[CmdletBinding()]
param(
    # The folder with the Markdown pages.
    [string] $DocsPath = (Join-Path $PSScriptRoot '../docs'),

    # The folder to write PartnerSandbox.dll-Help.xml and about_*.help.txt into (created when missing).
    [Parameter(Mandatory)]
    [string] $OutputPath,

    # The name of the MAML file: what the cmdlet assembly's help file is called.
    [string] $HelpFileName = 'PartnerSandbox.dll-Help.xml'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$script:RequiredSections = @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS')
$script:RequiredFrontMatter = @('external help file', 'Module Name', 'online version', 'schema')
$script:RequiredYamlKeys = @('Type', 'Parameter Sets', 'Aliases', 'Required', 'Position', 'Default value', 'Accept pipeline input', 'Accept wildcard characters')
$script:CurrentFile = ''
$script:Namespaces = [ordered]@{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    MSHelp  = 'http://msdn.microsoft.com/mshelp'
}

function Stop-Conversion {
    <# Ends the conversion with the page's name, the line (when known) and the problem. #>
    param([Parameter(Mandatory)] [string] $Problem, [int] $Line = 0)
    $where = if ($Line -gt 0) { "$script:CurrentFile`: line $Line" } else { $script:CurrentFile }
    throw [System.FormatException]::new("$where`: $Problem")
}

function Read-MarkdownNodes {
    <#
        Splits a page into its front matter (a dictionary) and a flat list of nodes: headings, fenced code blocks and
        text lines, each with its line number. Fences must be balanced.
    #>
    param([Parameter(Mandatory)] [string] $Path, [switch] $FrontMatterRequired)

    $lines = [System.IO.File]::ReadAllText($Path) -replace "`r`n", "`n" -split "`n"
    $frontMatter = [ordered]@{}
    $index = 0
    if ($lines.Count -gt 0 -and $lines[0].Trim() -eq '---') {
        $index = 1
        while ($index -lt $lines.Count -and $lines[$index].Trim() -ne '---') {
            $entry = $lines[$index]
            if ($entry.Trim()) {
                if ($entry -notmatch '^([^:]+):(.*)$') { Stop-Conversion "the front matter line '$entry' is not 'key: value'." ($index + 1) }
                $frontMatter[$Matches[1].Trim()] = $Matches[2].Trim()
            }
            $index++
        }
        if ($index -ge $lines.Count) { Stop-Conversion "the front matter opened on line 1 is never closed with '---'." 1 }
        $index++
    }
    elseif ($FrontMatterRequired) {
        Stop-Conversion "the page must start with the front matter ('---', then $($script:RequiredFrontMatter -join ', '), then '---')." 1
    }

    $nodes = [System.Collections.Generic.List[object]]::new()
    $fence = $null
    for (; $index -lt $lines.Count; $index++) {
        $line = $lines[$index]
        $number = $index + 1
        if ($null -ne $fence) {
            if ($line -match '^\s{0,3}(`{3,}|~{3,})\s*$' -and $Matches[1][0] -eq $fence.Marker[0] -and $Matches[1].Length -ge $fence.Marker.Length) {
                $nodes.Add([pscustomobject]@{ Kind = 'Code'; Language = $fence.Language; Text = ($fence.Lines -join "`n"); Line = $fence.Line })
                $fence = $null
            }
            elseif ($line -match '^\s{0,3}(`{3,}|~{3,})\s*[A-Za-z]') {
                Stop-Conversion "unbalanced code fence: the fence opened on line $($fence.Line) is not closed before '$($line.Trim())' opens another block." $fence.Line
            }
            else {
                $fence.Lines.Add($line)
            }
            continue
        }

        if ($line -match '^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)\s*$') {
            $fence = [pscustomobject]@{ Marker = $Matches[1]; Language = $Matches[2].ToLowerInvariant(); Line = $number; Lines = [System.Collections.Generic.List[string]]::new() }
        }
        elseif ($line -match '^(#{1,6})\s+(.*?)\s*#*\s*$') {
            $nodes.Add([pscustomobject]@{ Kind = 'Heading'; Level = $Matches[1].Length; Text = $Matches[2]; Line = $number })
        }
        elseif ($line -match '^\s*(`{3,}|~{3,})') {
            Stop-Conversion "unbalanced code fence: '$($line.Trim())' closes no open fence (a fence that opens a block takes only a language name)." $number
        }
        else {
            $nodes.Add([pscustomobject]@{ Kind = 'Text'; Text = $line; Line = $number })
        }
    }

    if ($null -ne $fence) {
        Stop-Conversion "unbalanced code fence: the fence opened here is never closed." $fence.Line
    }

    [pscustomobject]@{ FrontMatter = $frontMatter; Nodes = $nodes }
}

function Split-Sections {
    <# Groups nodes under the headings of one level: a list of @{ Heading; Nodes } plus the nodes before the first. #>
    param([object[]] $Nodes, [Parameter(Mandatory)] [int] $Level)
    $before = [System.Collections.Generic.List[object]]::new()
    $sections = [System.Collections.Generic.List[object]]::new()
    $current = $null
    foreach ($node in $Nodes) {
        if ($node.Kind -eq 'Heading' -and $node.Level -le $Level) {
            if ($node.Level -lt $Level) { Stop-Conversion "the heading '$('#' * $node.Level) $($node.Text)' is out of place here (expected level $Level or deeper)." $node.Line }
            $current = [pscustomobject]@{ Heading = $node; Nodes = [System.Collections.Generic.List[object]]::new() }
            $sections.Add($current)
        }
        elseif ($null -eq $current) {
            $before.Add($node)
        }
        else {
            $current.Nodes.Add($node)
        }
    }
    [pscustomobject]@{ Before = $before; Sections = $sections }
}

function ConvertTo-PlainText {
    <# Inline Markdown to plain text: emphasis and link syntax dropped, inline code kept with its backticks. #>
    param([string] $Text)
    $Text = [regex]::Replace($Text, '\[([^\]]+)\]\(([^)]+)\)', '$1 ($2)')
    $Text = [regex]::Replace($Text, '(\*\*|__)(.+?)\1', '$2')
    $Text
}

function ConvertTo-Paragraphs {
    <#
        Text and code nodes to paragraphs: text lines separated by blank lines form one paragraph (soft-wrapped lines
        joined); each list item starts a new line of its paragraph; a code block is a paragraph of its own, verbatim.
    #>
    param([object[]] $Nodes)
    $paragraphs = [System.Collections.Generic.List[string]]::new()
    $items = [System.Collections.Generic.List[string]]::new()
    $flush = {
        if ($items.Count -gt 0) {
            $paragraphs.Add((($items | ForEach-Object { ConvertTo-PlainText $_ }) -join "`n"))
            $items.Clear()
        }
    }
    foreach ($node in $Nodes) {
        if ($node.Kind -eq 'Heading') { Stop-Conversion "unexpected heading '$('#' * $node.Level) $($node.Text)'." $node.Line }
        if ($node.Kind -eq 'Code') {
            & $flush
            $paragraphs.Add($node.Text)
            continue
        }
        $text = $node.Text.Trim()
        if (-not $text) { & $flush; continue }
        if ($text -match '^([-*+]|\d+[.)])\s+' -or $items.Count -eq 0) {
            $items.Add($text)
        }
        else {
            $items[$items.Count - 1] += ' ' + $text
        }
    }
    & $flush
    , $paragraphs.ToArray()
}

function Read-Yaml {
    param([Parameter(Mandatory)] $Code)
    $values = [ordered]@{}
    foreach ($entry in $Code.Text -split "`n") {
        if (-not $entry.Trim()) { continue }
        if ($entry -notmatch '^([A-Za-z][A-Za-z ]*):\s*(.*)$') { Stop-Conversion "the yaml line '$entry' is not 'Key: value'." $Code.Line }
        $values[$Matches[1].Trim()] = $Matches[2].Trim()
    }
    foreach ($key in $script:RequiredYamlKeys) {
        if (-not $values.Contains($key)) { Stop-Conversion "the yaml block has no '${key}:' line." $Code.Line }
    }
    $values
}

function ConvertTo-Boolean {
    param([string] $Value, [string] $Key, [int] $Line)
    switch ($Value) {
        'True' { return $true }
        'False' { return $false }
        default { Stop-Conversion "'${Key}: $Value' must be True or False." $Line }
    }
}

function Test-WebUri {
    <# Whether the text is an absolute http or https URI: what Get-Help -Online can open. #>
    param([string] $Text)
    $uri = $null
    [uri]::TryCreate($Text, [System.UriKind]::Absolute, [ref] $uri) -and $uri.Scheme -in 'http', 'https'
}

function Read-CommandPage {
    param([Parameter(Mandatory)] [System.IO.FileInfo] $File)

    $script:CurrentFile = $File.Name
    $page = Read-MarkdownNodes $File.FullName -FrontMatterRequired
    foreach ($key in $script:RequiredFrontMatter) {
        if (-not $page.FrontMatter.Contains($key)) { Stop-Conversion "the front matter has no '${key}:' line." 1 }
    }
    if ($page.FrontMatter['external help file'] -ne $HelpFileName) {
        Stop-Conversion "the front matter's 'external help file' is '$($page.FrontMatter['external help file'])'; it must be '$HelpFileName'." 1
    }
    if ($page.FrontMatter['schema'] -ne '2.0.0') { Stop-Conversion "the front matter's schema is '$($page.FrontMatter['schema'])'; only 2.0.0 is supported." 1 }

    $top = Split-Sections $page.Nodes 1
    $stray = @($top.Before | Where-Object { $_.Kind -ne 'Text' -or $_.Text.Trim() })
    if ($stray) { Stop-Conversion "text before the '# $($File.BaseName)' heading." $stray[0].Line }
    if ($top.Sections.Count -ne 1) {
        $line = if ($top.Sections.Count -gt 1) { $top.Sections[1].Heading.Line } else { 0 }
        Stop-Conversion "a cmdlet page has exactly one '# Cmdlet-Name' heading; found $($top.Sections.Count)." $line
    }
    $name = $top.Sections[0].Heading.Text
    if ($name -cne $File.BaseName) { Stop-Conversion "the heading '# $name' does not match the file name '$($File.BaseName)'." $top.Sections[0].Heading.Line }

    $level2 = Split-Sections $top.Sections[0].Nodes 2
    $stray = @($level2.Before | Where-Object { $_.Kind -ne 'Text' -or $_.Text.Trim() })
    if ($stray) { Stop-Conversion "text before the '## SYNOPSIS' section." $stray[0].Line }
    $sections = @{}
    foreach ($section in $level2.Sections) {
        $title = $section.Heading.Text
        if ($title -cnotin $script:RequiredSections) { Stop-Conversion "unknown section '## $title' (the sections are $($script:RequiredSections -join ', '))." $section.Heading.Line }
        if ($sections.ContainsKey($title)) { Stop-Conversion "the section '## $title' appears twice." $section.Heading.Line }
        $sections[$title] = $section
    }
    foreach ($title in $script:RequiredSections) {
        if (-not $sections.ContainsKey($title)) { Stop-Conversion "missing required section '## $title'." }
    }

    $command = [ordered]@{ Name = $name; Verb = $name.Split('-')[0]; Noun = $name.Substring($name.IndexOf('-') + 1) }

    foreach ($title in 'SYNOPSIS', 'DESCRIPTION') {
        $text = ConvertTo-Paragraphs $sections[$title].Nodes
        if ($text.Count -eq 0) { Stop-Conversion "the section '## $title' is empty." $sections[$title].Heading.Line }
        $command[$title] = $text
    }
    $command.NOTES = ConvertTo-Paragraphs $sections['NOTES'].Nodes

    # SYNTAX: one '### SetName' (optionally ' (Default)') with one code block each. The MAML syntax is built from the
    # parameters' yaml, as platyPS does; the set names are what the yaml's 'Parameter Sets' must name.
    $syntax = Split-Sections $sections['SYNTAX'].Nodes 3
    if ($syntax.Sections.Count -eq 0) { Stop-Conversion "the section '## SYNTAX' has no '### ParameterSetName' heading." $sections['SYNTAX'].Heading.Line }
    $setNames = [System.Collections.Generic.List[string]]::new()
    foreach ($set in $syntax.Sections) {
        $setName = $set.Heading.Text -replace '\s*\(Default\)\s*$', ''
        if ($setNames -contains $setName) { Stop-Conversion "the parameter set '$setName' appears twice in '## SYNTAX'." $set.Heading.Line }
        if (@($set.Nodes | Where-Object Kind -eq 'Code').Count -ne 1) { Stop-Conversion "the parameter set '### $($set.Heading.Text)' needs exactly one code block with its syntax." $set.Heading.Line }
        $setNames.Add($setName)
    }

    # PARAMETERS: '### -Name', its description, then one or more yaml blocks (one per distinct metadata), and
    # '### CommonParameters'.
    $parameterSections = Split-Sections $sections['PARAMETERS'].Nodes 3
    $strayYaml = @($parameterSections.Before | Where-Object Kind -eq 'Code')
    if ($strayYaml) { Stop-Conversion "a parameter's yaml block has no '### -Name' heading above it." $strayYaml[0].Line }
    $parameters = [System.Collections.Generic.List[object]]::new()
    $described = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
    foreach ($section in $parameterSections.Sections) {
        $heading = $section.Heading
        if ($heading.Text -eq 'CommonParameters') {
            $yaml = @($section.Nodes | Where-Object Kind -eq 'Code')
            if ($yaml) { Stop-Conversion "a parameter's yaml block has no '### -Name' heading above it (it is under '### CommonParameters')." $yaml[0].Line }
            continue
        }
        if ($heading.Text -notmatch '^-([A-Za-z][A-Za-z0-9_]*)$') { Stop-Conversion "the parameter heading '### $($heading.Text)' must be '### -ParameterName' or '### CommonParameters'." $heading.Line }
        $parameterName = $Matches[1]
        if (-not $described.Add($parameterName)) { Stop-Conversion "the parameter '-$parameterName' is described twice." $heading.Line }

        $blocks = @($section.Nodes | Where-Object { $_.Kind -eq 'Code' })
        if ($blocks.Count -eq 0) { Stop-Conversion "the parameter '-$parameterName' has no yaml block." $heading.Line }
        $wrong = @($blocks | Where-Object Language -ne 'yaml')
        if ($wrong) { Stop-Conversion "the parameter '-$parameterName' has a code block that is not '``````yaml'." $wrong[0].Line }
        $firstBlockLine = $blocks[0].Line
        $textAfter = @($section.Nodes | Where-Object { $_.Kind -eq 'Text' -and $_.Text.Trim() -and $_.Line -gt $firstBlockLine })
        if ($textAfter) { Stop-Conversion "text after the yaml block of '-$parameterName' (is a '### -Name' heading missing above it?); a description goes between its heading and its yaml." $textAfter[0].Line }
        $description = ConvertTo-Paragraphs @($section.Nodes | Where-Object { $_.Line -lt $firstBlockLine })
        if ($description.Count -eq 0) { Stop-Conversion "the parameter '-$parameterName' has no description." $heading.Line }

        $bySet = [ordered]@{}
        $first = $null
        foreach ($block in $blocks) {
            $yaml = Read-Yaml $block
            $sets = @($yaml['Parameter Sets'] -split ',' | ForEach-Object Trim | Where-Object { $_ })
            if ($sets.Count -eq 0) { Stop-Conversion "'Parameter Sets:' of '-$parameterName' is empty." $block.Line }
            if ($sets -contains '(All)') {
                if ($sets.Count -ne 1) { Stop-Conversion "'Parameter Sets:' of '-$parameterName' lists (All) with other sets." $block.Line }
                $sets = $setNames.ToArray()
            }
            $metadata = [pscustomobject]@{
                Type          = $yaml['Type']
                Aliases       = @($yaml['Aliases'] -split ',' | ForEach-Object Trim | Where-Object { $_ -and $_ -ne 'None' })
                Required      = ConvertTo-Boolean $yaml['Required'] 'Required' $block.Line
                Position      = $yaml['Position']
                DefaultValue  = $yaml['Default value']
                PipelineInput = $yaml['Accept pipeline input']
                Globbing      = ConvertTo-Boolean $yaml['Accept wildcard characters'] 'Accept wildcard characters' $block.Line
            }
            if (-not $metadata.Type) { Stop-Conversion "'Type:' of '-$parameterName' is empty." $block.Line }
            if ($metadata.Position -notmatch '^(Named|\d+)$') { Stop-Conversion "'Position: $($metadata.Position)' of '-$parameterName' must be Named or a number." $block.Line }
            if ($metadata.PipelineInput -notmatch '^(False|True \((ByValue|ByPropertyName|ByValue, ByPropertyName)\))$') {
                Stop-Conversion "'Accept pipeline input: $($metadata.PipelineInput)' of '-$parameterName' must be False or True (ByValue, ByPropertyName)." $block.Line
            }
            foreach ($set in $sets) {
                if ($setNames -notcontains $set) { Stop-Conversion "'-$parameterName' names the parameter set '$set', which '## SYNTAX' does not have." $block.Line }
                if ($bySet.Contains($set)) { Stop-Conversion "'-$parameterName' lists the parameter set '$set' in two yaml blocks (is a '### -Name' heading missing above this one?)." $block.Line }
                $bySet[$set] = $metadata
            }
            if ($null -eq $first) { $first = $metadata }
        }
        $parameters.Add([pscustomobject]@{ Name = $parameterName; Description = $description; First = $first; BySet = $bySet })
    }
    $command.Parameters = $parameters
    $command.Syntax = foreach ($set in $setNames) {
        [pscustomobject]@{ Name = $set; Parameters = @($parameters | Where-Object { $_.BySet.Contains($set) }) }
    }

    # EXAMPLES: '### Example N: title', then a ```powershell block; text before and after it are the remarks.
    $examples = Split-Sections $sections['EXAMPLES'].Nodes 3
    if ($examples.Sections.Count -eq 0) { Stop-Conversion "the section '## EXAMPLES' has no '### Example 1: title' heading." $sections['EXAMPLES'].Heading.Line }
    $command.Examples = foreach ($example in $examples.Sections) {
        $code = @($example.Nodes | Where-Object { $_.Kind -eq 'Code' -and $_.Language -eq 'powershell' })
        if ($code.Count -eq 0) { Stop-Conversion "the example '### $($example.Heading.Text)' has no ``````powershell code block." $example.Heading.Line }
        [pscustomobject]@{
            Title   = $example.Heading.Text
            Code    = ($code | ForEach-Object Text) -join "`n`n"
            Remarks = ConvertTo-Paragraphs @($example.Nodes | Where-Object { -not ($_.Kind -eq 'Code' -and $_.Language -eq 'powershell') })
        }
    }

    # INPUTS and OUTPUTS: '### TypeName' and its description.
    foreach ($title in 'INPUTS', 'OUTPUTS') {
        $types = Split-Sections $sections[$title].Nodes 3
        if ($types.Sections.Count -eq 0) { Stop-Conversion "the section '## $title' has no '### TypeName' heading (write '### None' when there is none)." $sections[$title].Heading.Line }
        $command[$title] = foreach ($type in $types.Sections) {
            [pscustomobject]@{ Name = $type.Heading.Text; Description = ConvertTo-Paragraphs $type.Nodes }
        }
    }

    # RELATED LINKS: one [text](uri) per line, optionally as a list item. Get-Help -Online opens the first link that
    # has a URI and fails on one that is not absolute, so a link to another page (Disconnect-PCSandbox.md) keeps its
    # text only; the 'online version', when there is one, is the first link, as platyPS writes it.
    $links = foreach ($node in $sections['RELATED LINKS'].Nodes) {
        if ($node.Kind -ne 'Text') { Stop-Conversion "'## RELATED LINKS' takes only '[text](uri)' lines." $node.Line }
        if (-not $node.Text.Trim()) { continue }
        if ($node.Text.Trim() -notmatch '^(?:[-*+]\s+)?\[([^\]]+)\]\(([^)\s]*)\)$') { Stop-Conversion "the related link '$($node.Text.Trim())' is not '[text](uri)'." $node.Line }
        [pscustomobject]@{ Text = $Matches[1]; Uri = $(if (Test-WebUri $Matches[2]) { $Matches[2] } else { '' }) }
    }
    $online = $page.FrontMatter['online version']
    if ($online -and -not (Test-WebUri $online)) {
        Stop-Conversion "the front matter's 'online version' is '$online'; it must be an absolute http(s) URI, or empty when the page is not published online." 1
    }
    $command.Links = @(if ($online) { [pscustomobject]@{ Text = 'Online Version:'; Uri = $online } }) + @($links)

    [pscustomobject]$command
}

function Write-Paragraphs {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraphs)
    foreach ($paragraph in $Paragraphs) {
        $Writer.WriteElementString('maml', 'para', $script:Namespaces['maml'], $paragraph)
    }
}

function Write-Parameter {
    param([System.Xml.XmlWriter] $Writer, $Parameter, $Metadata, [switch] $InSyntax)
    $isSwitch = $Metadata.Type -in 'SwitchParameter', 'Switch'
    $Writer.WriteStartElement('command', 'parameter', $script:Namespaces['command'])
    $Writer.WriteAttributeString('required', $Metadata.Required.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', ($Metadata.Type -like '*`[`]').ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', $Metadata.Globbing.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', $Metadata.PipelineInput)
    $Writer.WriteAttributeString('position', $Metadata.Position.ToLowerInvariant())
    $Writer.WriteAttributeString('aliases', $(if ($Metadata.Aliases.Count) { $Metadata.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $script:Namespaces['maml'], $Parameter.Name)
    $Writer.WriteStartElement('maml', 'description', $script:Namespaces['maml'])
    Write-Paragraphs $Writer $Parameter.Description
    $Writer.WriteEndElement()
    # As platyPS does: a switch shows no value in the syntax.
    if (-not ($InSyntax -and $isSwitch)) {
        $Writer.WriteStartElement('command', 'parameterValue', $script:Namespaces['command'])
        $Writer.WriteAttributeString('required', (-not $isSwitch).ToString().ToLowerInvariant())
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($Metadata.Type)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $script:Namespaces['dev'])
    $Writer.WriteElementString('maml', 'name', $script:Namespaces['maml'], $Metadata.Type)
    $Writer.WriteElementString('maml', 'uri', $script:Namespaces['maml'], '')
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $script:Namespaces['dev'], $(if ($Metadata.DefaultValue) { $Metadata.DefaultValue } else { 'None' }))
    $Writer.WriteEndElement()
}

function Write-Maml {
    param([Parameter(Mandatory)] [object[]] $Commands, [Parameter(Mandatory)] [string] $Path)

    $settings = [System.Xml.XmlWriterSettings]::new()
    $settings.Indent = $true
    $settings.Encoding = [System.Text.UTF8Encoding]::new($false)
    $settings.NewLineChars = "`n"
    $writer = [System.Xml.XmlWriter]::Create($Path, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems')
        $writer.WriteAttributeString('schema', 'maml')
        foreach ($prefix in $script:Namespaces.Keys) { $writer.WriteAttributeString('xmlns', $prefix, $null, $script:Namespaces[$prefix]) }

        foreach ($command in $Commands) {
            $writer.WriteStartElement('command', 'command', $script:Namespaces['command'])

            $writer.WriteStartElement('command', 'details', $script:Namespaces['command'])
            $writer.WriteElementString('command', 'name', $script:Namespaces['command'], $command.Name)
            $writer.WriteElementString('command', 'verb', $script:Namespaces['command'], $command.Verb)
            $writer.WriteElementString('command', 'noun', $script:Namespaces['command'], $command.Noun)
            $writer.WriteStartElement('maml', 'description', $script:Namespaces['maml'])
            Write-Paragraphs $writer $command.SYNOPSIS
            $writer.WriteEndElement()
            $writer.WriteEndElement()

            $writer.WriteStartElement('maml', 'description', $script:Namespaces['maml'])
            Write-Paragraphs $writer $command.DESCRIPTION
            $writer.WriteEndElement()

            $writer.WriteStartElement('command', 'syntax', $script:Namespaces['command'])
            foreach ($item in $command.Syntax) {
                $writer.WriteStartElement('command', 'syntaxItem', $script:Namespaces['command'])
                $writer.WriteElementString('maml', 'name', $script:Namespaces['maml'], $command.Name)
                foreach ($parameter in $item.Parameters) { Write-Parameter $writer $parameter $parameter.BySet[$item.Name] -InSyntax }
                $writer.WriteEndElement()
            }
            $writer.WriteEndElement()

            $writer.WriteStartElement('command', 'parameters', $script:Namespaces['command'])
            foreach ($parameter in $command.Parameters) { Write-Parameter $writer $parameter $parameter.First }
            $writer.WriteEndElement()

            foreach ($kind in @(@('INPUTS', 'inputTypes', 'inputType'), @('OUTPUTS', 'returnValues', 'returnValue'))) {
                $writer.WriteStartElement('command', $kind[1], $script:Namespaces['command'])
                foreach ($type in $command.($kind[0])) {
                    $writer.WriteStartElement('command', $kind[2], $script:Namespaces['command'])
                    $writer.WriteStartElement('dev', 'type', $script:Namespaces['dev'])
                    $writer.WriteElementString('maml', 'name', $script:Namespaces['maml'], $type.Name)
                    $writer.WriteEndElement()
                    $writer.WriteStartElement('maml', 'description', $script:Namespaces['maml'])
                    Write-Paragraphs $writer $type.Description
                    $writer.WriteEndElement()
                    $writer.WriteEndElement()
                }
                $writer.WriteEndElement()
            }

            $writer.WriteStartElement('maml', 'alertSet', $script:Namespaces['maml'])
            $writer.WriteStartElement('maml', 'alert', $script:Namespaces['maml'])
            Write-Paragraphs $writer $command.NOTES
            $writer.WriteEndElement()
            $writer.WriteEndElement()

            $writer.WriteStartElement('command', 'examples', $script:Namespaces['command'])
            foreach ($example in $command.Examples) {
                $writer.WriteStartElement('command', 'example', $script:Namespaces['command'])
                $writer.WriteElementString('maml', 'title', $script:Namespaces['maml'], "-------------------------- $($example.Title) --------------------------")
                $writer.WriteElementString('dev', 'code', $script:Namespaces['dev'], $example.Code)
                $writer.WriteStartElement('dev', 'remarks', $script:Namespaces['dev'])
                Write-Paragraphs $writer $example.Remarks
                $writer.WriteEndElement()
                $writer.WriteEndElement()
            }
            $writer.WriteEndElement()

            $writer.WriteStartElement('command', 'relatedLinks', $script:Namespaces['command'])
            foreach ($link in $command.Links) {
                $writer.WriteStartElement('maml', 'navigationLink', $script:Namespaces['maml'])
                $writer.WriteElementString('maml', 'linkText', $script:Namespaces['maml'], $link.Text)
                $writer.WriteElementString('maml', 'uri', $script:Namespaces['maml'], $link.Uri)
                $writer.WriteEndElement()
            }
            $writer.WriteEndElement()

            $writer.WriteEndElement()
        }

        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    }
    finally {
        $writer.Dispose()
    }
}

function ConvertTo-WrappedLines {
    <# Wraps text at 80 columns with a 4-space indent (a hanging indent for list items), as platyPS renders about topics. #>
    param([string] $Text, [int] $Width = 80)
    $indent = '    '
    $hanging = if ($Text -match '^([-*+]|\d+[.)])\s+') { $indent + (' ' * $Matches[0].Length) } else { $indent }
    $line = $indent
    $started = $false
    foreach ($word in $Text -split '\s+' | Where-Object { $_ }) {
        if ($started -and $line.Length + 1 + $word.Length -gt $Width) {
            $line
            $line = $hanging + $word
        }
        else {
            $line = if ($started) { "$line $word" } else { $line + $word }
        }
        $started = $true
    }
    $line
}

function Convert-AboutTopic {
    <#
        An about topic (platyPS about schema: '# Title', '## about_Name', then '# SHORT DESCRIPTION', '# LONG DESCRIPTION'
        and further sections) to the plain text Get-Help shows: the first heading becomes TOPIC and the second the
        indented topic name; level-1 headings upper case, level-2 as written, deeper ones indented upper case; text
        wrapped at 80 columns and indented 4; code blocks indented 4, verbatim.
    #>
    param([Parameter(Mandatory)] [System.IO.FileInfo] $File, [Parameter(Mandatory)] [string] $Destination)

    $script:CurrentFile = $File.Name
    $page = Read-MarkdownNodes $File.FullName
    $nodes = @($page.Nodes)
    $headings = @($nodes | Where-Object Kind -eq 'Heading')
    if ($headings.Count -lt 2 -or $headings[0].Level -ne 1 -or $headings[1].Level -ne 2 -or $headings[1].Text -cne $File.BaseName) {
        Stop-Conversion "an about topic starts with '# Title' and then '## $($File.BaseName)'." $(if ($headings) { $headings[0].Line } else { 0 })
    }
    foreach ($required in 'SHORT DESCRIPTION', 'LONG DESCRIPTION') {
        if (-not ($headings | Where-Object { $_.Level -eq 1 -and $_.Text -eq $required })) { Stop-Conversion "missing required section '# $required'." }
    }

    $output = [System.Collections.Generic.List[string]]::new()
    $pending = [System.Collections.Generic.List[object]]::new()
    $flush = {
        foreach ($paragraph in (ConvertTo-Paragraphs $pending.ToArray())) {
            foreach ($item in $paragraph -split "`n") {
                foreach ($wrapped in ConvertTo-WrappedLines ($item -replace '`([^`]+)`', '$1')) { $output.Add($wrapped) }
            }
            $output.Add('')
        }
        $pending.Clear()
    }
    foreach ($node in $nodes) {
        switch ($node.Kind) {
            'Heading' {
                & $flush
                if ($node -eq $headings[0]) { $output.Add('TOPIC') }
                elseif ($node -eq $headings[1]) { $output.Add('    ' + $node.Text); $output.Add('') }
                elseif ($node.Level -eq 1) { $output.Add($node.Text.ToUpperInvariant()) }
                elseif ($node.Level -eq 2) { $output.Add($node.Text) }
                else { $output.Add('    ' + $node.Text.ToUpperInvariant()) }
            }
            'Code' {
                & $flush
                foreach ($codeLine in $node.Text -split "`n") { $output.Add(('    ' + $codeLine).TrimEnd()) }
                $output.Add('')
            }
            default { $pending.Add($node) }
        }
    }
    & $flush
    while ($output.Count -gt 0 -and -not $output[$output.Count - 1]) { $output.RemoveAt($output.Count - 1) }
    [System.IO.File]::WriteAllText($Destination, ($output -join [Environment]::NewLine) + [Environment]::NewLine, [System.Text.UTF8Encoding]::new($false))
}

# Read and check everything first, so that a bad page leaves nothing half-written.
$docs = Get-Item -LiteralPath $DocsPath
$pages = @(Get-ChildItem -LiteralPath $docs.FullName -File -Filter '*.md' | Where-Object Name -cmatch '^[A-Z][a-z]+-[A-Z][A-Za-z0-9]*\.md$' | Sort-Object Name)
if ($pages.Count -eq 0) { throw "No cmdlet pages (<Verb>-<Noun>.md) in '$($docs.FullName)'." }
$commands = foreach ($page in $pages) { Read-CommandPage $page }
$abouts = @(Get-ChildItem -LiteralPath $docs.FullName -File -Filter 'about_*.md' | Sort-Object Name)

$null = New-Item -ItemType Directory -Path $OutputPath -Force
$staging = Join-Path ([System.IO.Path]::GetTempPath()) ("maml-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $staging
try {
    Write-Maml -Commands $commands -Path (Join-Path $staging $HelpFileName)
    foreach ($about in $abouts) { Convert-AboutTopic $about (Join-Path $staging "$($about.BaseName).help.txt") }
    Get-ChildItem -LiteralPath $staging -File | Copy-Item -Destination $OutputPath -Force
}
finally {
    Remove-Item -LiteralPath $staging -Recurse -Force
}
Write-Verbose "Help for $($commands.Count) cmdlets and $($abouts.Count) about topics written to $OutputPath."
