# The Markdown the help pages are written in, read as the converter needs it: front matter, headings, fenced code
# blocks and text lines (each with its line number), sections, and paragraphs of plain text.

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
