# The house style's one rule that no compiler checks: no source file over 250 lines (docs/ARCHITECTURE.md, "House style").
Describe 'Source files' {
    It 'have at most 250 lines each' {
        $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
        $folders = 'src', 'tests', 'tools', 'benchmarks' | ForEach-Object { Join-Path $root $_ }
        $sources = @(
            Get-Item (Join-Path $root 'build.ps1')
            Get-ChildItem $folders -Recurse -File -Include '*.cs', '*.ps1', '*.psm1' | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' }
        )
        $sources.Count | Should -BeGreaterThan 100 -Because 'the sources are found'

        $long = foreach ($file in $sources) {
            $lines = @(Get-Content -LiteralPath $file.FullName).Count
            if ($lines -gt 250) { '{0} ({1} lines)' -f [IO.Path]::GetRelativePath($root, $file.FullName), $lines }
        }
        $long | Should -BeNullOrEmpty -Because 'a file has one purpose; split a longer one by it'
    }
}
