# The PARAMETERS section of a cmdlet page: each parameter's description and its yaml blocks of platyPS metadata.

$script:RequiredYamlKeys = @('Type', 'Parameter Sets', 'Aliases', 'Required', 'Position', 'Default value', 'Accept pipeline input', 'Accept wildcard characters')

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

function Read-ParameterSection {
    <#
        PARAMETERS: '### -Name', its description, then one or more yaml blocks (one per distinct metadata), and
        '### CommonParameters'. Returns each parameter with its metadata by parameter set; $SetNames are the sets that
        '## SYNTAX' names, which every yaml block's 'Parameter Sets' must be among.
    #>
    param([Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Nodes, [Parameter(Mandatory)] [string[]] $SetNames)
    $parameterSections = Split-Sections $Nodes 3
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
                $sets = $SetNames
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
    , $parameters
}
