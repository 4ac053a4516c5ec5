# The chaos scenario, shared by Chaos.Tests.ps1 (small, in CI) and benchmarks/soak (long): its seed and its faults.
Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1')

function New-ChaosSeed {
    <#
        Writes a seed of one sandbox partner whose customers have 8 orders each: 5 cancellable, 1 seat-based SaaS (the
        service refuses it), 1 too old, 1 already cancelled. Returns the customers, each with its orders.
    #>
    param([Parameter(Mandatory)] [string] $Path, [Parameter(Mandatory)] [int] $Customers)
    $kinds = @('ri', 'perpetual', 'software', 'ri2', 'saas', 'seat', 'old', 'cancelled')
    $offers = @{
        reservedInstance     = 'DZH318Z0BQ4B:000Z:DZH318Z0DSPL'
        perpetualSoftware    = 'DG7GMGF0D7FV:0002:DG7GMGF0D3SK'
        softwareSubscription = 'DG7GMGF0FKZV:0003:DG7GMGF0DWMS'
        saas                 = 'DZH318Z0BR37:0001:DZH318Z0BTSD'
        saasSeatBased        = 'DZH318Z0BR38:0002:DZH318Z0BTSE'
    }
    $all = foreach ($c in 1..$Customers) {
        $orders = foreach ($kind in $kinds) {
            $productType = switch ($kind) {
                'perpetual' { 'perpetualSoftware' }
                'software' { 'softwareSubscription' }
                'saas' { 'saas' }
                'seat' { 'saasSeatBased' }
                default { 'reservedInstance' }
            }
            [ordered]@{
                id          = 'chaos-{0:d4}-{1}' -f $c, $kind
                productType = $productType
                ageDays     = if ($kind -eq 'old') { 75 } else { 1 + $c % 30 }
                status      = if ($kind -eq 'cancelled') { 'cancelled' } else { 'completed' }
                lineItems   = @(@{ offerId = $offers[$productType]; friendlyName = $kind; quantity = 1 })
            }
        }
        @{ id = 'dddd{0:d4}-0000-4000-8000-00000000c4a0' -f $c; companyName = "Chaos customer $c"; domain = "chaos$c.onmicrosoft.com"; orders = @($orders) }
    }
    @{
        partners = @(@{
                tenantId = 'aaaaaaaa-0000-4000-8000-00000000c4a0'; name = 'Chaos partner'; kind = 'sandbox'
                applications = @(@{ clientId = 'bbbbbbbb-0000-4000-8000-00000000c4a0'; clientSecret = 'chaos-' + [guid]::NewGuid() })
                customers = @($all)
            })
    } | ConvertTo-Json -Depth 8 | Set-Content -LiteralPath $Path
    $all
}

function Test-ChaosCancellable([string] $OrderId) { $OrderId -match '-(ri|perpetual|software|ri2|saas)$' }

function Add-ChaosFaults {
    <#
        About a fifth of all /v1 requests faulted: each kind at about 3.5%, each from its own seeded sequence. The kinds
        that act after the change lose the answer to a change that was made (held past a 2-second request timeout, or
        dropped).
    #>
    param([Parameter(Mandatory)] $Emulator, [double] $Probability = 0.035)
    $faults = @(
        @{ kind = 'status'; status = 429; retryAfterSeconds = 1; seed = 11 }
        @{ kind = 'status'; status = 500; seed = 12 }
        @{ kind = 'status'; status = 503; seed = 13 }
        @{ kind = 'drop'; seed = 14 }
        @{ kind = 'delay'; delayMs = 3000; seed = 15 }
        @{ kind = 'applyThenDrop'; method = 'PATCH'; seed = 16 }
        @{ kind = 'applyThenDelay'; method = 'PATCH'; delayMs = 3000; seed = 17 }
    )
    foreach ($fault in $faults) {
        Invoke-EmulatorAdmin $Emulator Post 'faults' ($fault + @{ pathContains = '/v1/'; probability = $Probability }) | Out-Null
    }
}

Export-ModuleMember -Function New-ChaosSeed, Test-ChaosCancellable, Add-ChaosFaults
