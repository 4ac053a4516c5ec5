# A run that outlives its tokens: the emulator issues 2-second tokens, and the script keeps working for longer.
# No clock skew: the emulator refuses a token the moment it expires (by default it tolerates a minute, longer
# than this run), so a module that did not renew silently would send expired tokens and see 401s.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    $script:emulator = Start-TestEmulator -ArgumentList '--token-lifetime', '2', '--token-clock-skew', '0'
    $script:partner = Get-SeedPartner $emulator
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Tokens renewed silently before they expire' {
    It 'never sends an expired token during a run several times as long as a token lives' -TestCases @(
        @{ Mode = 'app-only' }
        @{ Mode = 'refresh token' }
    ) {
        if ($Mode -eq 'app-only') {
            Connect-TestPartner $emulator | Out-Null
        }
        else {
            $refreshToken = ConvertTo-SecureString (New-EmulatorRefreshToken $emulator $partner) -AsPlainText -Force
            Connect-PCSandbox -Endpoint $emulator.BaseUri -SkipCertificateCheck -TenantId $partner.tenantId -ClientId $partner.applications[0].clientId `
                -ClientSecret (Get-TestSecret $partner) -RefreshToken $refreshToken | Out-Null
        }
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null

        # The run itself: a call every 100 ms for seven seconds, three and a half token lifetimes. The pause paces the
        # run like a runbook's own work between calls; nothing waits for anything to happen.
        $until = [DateTime]::UtcNow.AddSeconds(7)
        $calls = 0
        while ([DateTime]::UtcNow -lt $until) {
            @(Get-PCSandboxOrder -CustomerId $partner.customers[0].id).Count | Should -BeGreaterThan 0
            $calls++
            Start-Sleep -Milliseconds 100
        }

        $apiCalls = @(Get-EmulatorRequests $emulator GET | Where-Object path -like '/v1/*')
        $apiCalls.Count | Should -Be $calls
        $apiCalls | Where-Object status -eq 401 | Should -BeNullOrEmpty
        @(Get-EmulatorRequests $emulator POST | Where-Object path -like '*/oauth2/v2.0/token').Count | Should -BeGreaterOrEqual 3
    }
}
