# The runbook of docs/azure-automation.md, read from the page as it is written (so the page and this test cannot
# drift), run against the emulator with stand-ins for Automation's asset cmdlets, in this non-interactive session
# (as a job is: anything that prompts fails).
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    # The first powershell block under '## The runbook'.
    $page = Get-Content -Raw (Join-Path $PSScriptRoot '../../docs/azure-automation.md')
    $block = [regex]::Match($page, '(?ms)^## The runbook\s*$.*?^```powershell\r?\n(.*?)^```')
    if (-not $block.Success) { throw "docs/azure-automation.md has no '## The runbook' section with a powershell block." }
    $script:runbook = Join-Path $TestDrive 'Invoke-SandboxCleanup.ps1'
    Set-Content -LiteralPath $runbook -Value $block.Groups[1].Value

    $script:emulator = Start-TestEmulator -Shared
    $script:partner = Get-SeedPartner $emulator
    $script:app = $partner.applications[0]
    # By the seed and the sandbox rules: what the runbook cancels, and what only the service refuses.
    $open = @(Get-SeedOrder $partner { $args[0].status -ne 'cancelled' -and $args[0].age -le 60 })
    $script:cancellable = @($open | Where-Object productType -in 'reservedInstance', 'perpetualSoftware', 'softwareSubscription', 'saas')
    $script:refusedByService = @($open | Where-Object productType -eq 'saasSeatBased')

    # The runbook stays as written; only where Connect-PCSandbox goes changes.
    $PSDefaultParameterValues['Connect-PCSandbox:Endpoint'] = $emulator.BaseUri
    $PSDefaultParameterValues['Connect-PCSandbox:SkipCertificateCheck'] = $true
    $script:certificate = New-TestCertificate

    # Runs the runbook; returns its output, errors and warnings.
    function script:Invoke-Runbook([hashtable] $Parameters) {
        $output = & $runbook @Parameters -ErrorVariable errors -WarningVariable warnings 2>$null 3>$null
        [pscustomobject]@{ Output = @($output); Errors = @($errors); Warnings = @($warnings) }
    }

    function script:Assert-Cleanup($Result) {
        $Result.Output | Should -BeOfType PartnerSandbox.PCSandboxOrder
        $Result.Output.OrderId | Sort-Object | Should -Be ($cancellable.id | Sort-Object)
        $Result.Output.Status | Select-Object -Unique | Should -Be 'cancelled'
        $Result.Errors.Count | Should -Be $refusedByService.Count
        $Result.Errors.FullyQualifiedErrorId | ForEach-Object { $_.Split(',')[0] } | Select-Object -Unique | Should -Be 'SeatBasedSaasNotCancellable'
        $Result.Warnings.Message | Should -Be ("Stop-PCSandboxOrder: {0} cancelled, 0 already cancelled, {1} refused by Partner Center (SeatBasedSaasNotCancellable {1}), 0 failed." -f $cancellable.Count, $refusedByService.Count)
        foreach ($order in $cancellable) { Get-OrderStateChanges $emulator $order.id | Should -Be 1 -Because "$($order.id) is cancelled once" }
        Get-PCSandboxConnection -ErrorAction SilentlyContinue | Should -BeNullOrEmpty -Because 'the runbook disconnects'
    }
}

AfterAll {
    $PSDefaultParameterValues.Remove('Connect-PCSandbox:Endpoint')
    $PSDefaultParameterValues.Remove('Connect-PCSandbox:SkipCertificateCheck')
    Remove-Item Function:\Get-AutomationPSCredential, Function:\Get-AutomationCertificate -ErrorAction SilentlyContinue
    Stop-TestEmulator $emulator
}

Describe 'The cleanup runbook of docs/azure-automation.md' {
    BeforeEach {
        # A reset also forgets certificates registered at run time.
        Invoke-EmulatorAdmin $emulator Post reset | Out-Null
        Register-EmulatorCertificate $emulator $partner $certificate
        # The stand-ins serve the assets the page names, and fail for any other name as Automation does.
        function global:Get-AutomationPSCredential([string] $Name) {
            if ($Name -ne 'PartnerCenterApp') { throw "Credential asset '$Name' not found." }
            [pscredential]::new($app.clientId, (ConvertTo-SecureString $app.clientSecret -AsPlainText -Force))
        }
        function global:Get-AutomationCertificate([string] $Name) {
            if ($Name -ne 'PartnerCenterCert') { throw "Certificate asset '$Name' not found." }
            $certificate
        }
    }

    It 'cancels every cancellable order with the credential asset, each refusal an error, counted in a warning' {
        Assert-Cleanup (Invoke-Runbook @{ TenantId = $partner.tenantId })
    }

    It 'does the same with the certificate asset, without reading the credential' {
        function global:Get-AutomationPSCredential([string] $Name) { throw 'The certificate sign-in read the credential asset.' }

        Assert-Cleanup (Invoke-Runbook @{ TenantId = $partner.tenantId; CertificateName = 'PartnerCenterCert'; ClientId = $app.clientId })
    }

    It 'fails the job when it cannot sign in, cancelling nothing' {
        function global:Get-AutomationPSCredential([string] $Name) {
            [pscredential]::new($app.clientId, (ConvertTo-SecureString 'not-the-secret' -AsPlainText -Force))
        }

        { Invoke-Runbook @{ TenantId = $partner.tenantId } } | Should -Throw -ErrorId 'InvalidClientSecret*'
        @(Get-EmulatorRequests $emulator -Method PATCH) | Should -BeNullOrEmpty
    }
}
