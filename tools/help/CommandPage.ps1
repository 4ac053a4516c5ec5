# A cmdlet page (platyPS schema 2.0.0) read and checked into what the MAML needs.

$script:RequiredSections = @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS')

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

    $parameters = Read-ParameterSection $sections['PARAMETERS'].Nodes $setNames.ToArray()
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
