# The seeds the emulator serves (tests/seeds/, or a file a test writes), read here for what the tests expect, and the
# seeded partners' credentials.

function Get-BuiltInSeedName {
    <# The seeds the emulator carries: the files of tests/seeds/, by name without .json. #>
    @(Get-ChildItem (Join-Path $script:RepositoryRoot 'tests/seeds') -File -Filter '*.json' | ForEach-Object BaseName | Sort-Object)
}

function Resolve-SeedFile {
    <# The file of a seed given as the emulator takes it: a built-in seed's name, else a path. #>
    param([Parameter(Mandatory)] [string] $Seed)
    if ($Seed -cin (Get-BuiltInSeedName)) { Join-Path $script:RepositoryRoot "tests/seeds/$Seed.json" } else { $Seed }
}

function Read-TestSeed {
    <# A seed as the emulator takes it (a file or a built-in seed's name), parsed; nothing for none. #>
    param([string] $Seed)
    if ($Seed) { Get-Content -LiteralPath (Resolve-SeedFile $Seed) -Raw | ConvertFrom-Json }
}

function Get-SeedPartner {
    param([Parameter(Mandatory)] $Emulator, [string] $Kind = 'sandbox')
    $Emulator.Seed.partners | Where-Object kind -eq $Kind | Select-Object -First 1
}

function Get-SeedOrder {
    <#
        The seeded orders of a partner that match a filter, with their customer id and their age in whole days
        (from ageDays, or from an absolute creationDate) attached.
    #>
    param([Parameter(Mandatory)] $Partner, [scriptblock] $Where = { $true })
    foreach ($customer in $Partner.customers) {
        foreach ($order in @($customer.orders)) {
            if ($null -eq $order) { continue }
            $age = if ($null -ne $order.ageDays) { $order.ageDays } else { [int][Math]::Floor(([DateTimeOffset]::UtcNow - [DateTimeOffset]$order.creationDate).TotalDays) }
            $order | Add-Member -NotePropertyName customerId -NotePropertyValue $customer.id -Force
            $order | Add-Member -NotePropertyName age -NotePropertyValue $age -Force
            if (& $Where $order) { $order }
        }
    }
}

function Get-TestSecret {
    param([Parameter(Mandatory)] $Partner)
    ConvertTo-SecureString $Partner.applications[0].clientSecret -AsPlainText -Force
}

function Connect-TestPartner {
    <# Connects as a seeded partner's first app; a sandbox partner is declared one (-IntegrationSandbox), as its owner would. #>
    param([Parameter(Mandatory)] $Emulator, [string] $Kind = 'sandbox', [switch] $Undeclared)
    $partner = Get-SeedPartner $Emulator $Kind
    $app = $partner.applications[0]
    Connect-PCSandbox -Endpoint $Emulator.BaseUri -TenantId $partner.tenantId -ClientId $app.clientId `
        -ClientSecret (ConvertTo-SecureString $app.clientSecret -AsPlainText -Force) -SkipCertificateCheck `
        -IntegrationSandbox:($Kind -eq 'sandbox' -and -not $Undeclared)
}
