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

# What the parts share: the page being read (Stop-Conversion names it) and the front matter a cmdlet page must have.
$script:CurrentFile = ''
$script:RequiredFrontMatter = @('external help file', 'Module Name', 'online version', 'schema')

foreach ($part in 'Markdown', 'Parameters', 'CommandPage', 'MamlWriter', 'AboutTopic') {
    . (Join-Path $PSScriptRoot "help/$part.ps1")
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
