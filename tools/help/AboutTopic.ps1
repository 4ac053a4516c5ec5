# An about topic (platyPS about schema) as the plain text Get-Help shows.

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
