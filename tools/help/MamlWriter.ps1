# The MAML file Get-Help reads, written with System.Xml.XmlWriter only.

$script:Namespaces = [ordered]@{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    MSHelp  = 'http://msdn.microsoft.com/mshelp'
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
