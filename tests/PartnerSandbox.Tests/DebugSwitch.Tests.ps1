# -Debug in a session that cannot prompt. PowerShell puts every verbose message and warning of a compiled cmdlet given
# -Debug to an Inquire prompt; this test process runs with -NonInteractive, where that prompt fails after the message
# is written. The module's commands must go on to the end with every outcome reported, as a runbook needs.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule

    $script:emulator = Start-TestEmulator -Seed '' -ArgumentList '--generate', '1x5x8'
    Invoke-Expression "$($emulator.ConnectCommand) | Out-Null"
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe '-Debug where nothing can be asked' {
    BeforeAll {
        # Without -NonInteractive these tests would wait at PowerShell's prompt instead of showing anything.
        [Environment]::GetCommandLineArgs() | Should -Contain '-NonInteractive'
    }
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
    }
    AfterEach { Invoke-EmulatorAdmin $emulator Post 'knobs' @{ cancellationDelayMs = 0 } | Out-Null }

    It 'Connect-PCSandbox -Debug signs in, shows its verbose messages and each HTTP call, and returns the connection' {
        $records = @(Invoke-Expression "$($emulator.ConnectCommand) -Debug -ErrorVariable failures 4>&1 5>&1")

        $failures | Should -BeNullOrEmpty
        @($records | Where-Object { $_ -is [PartnerSandbox.PCSandboxConnection] }).Count | Should -Be 1
        $verbose = @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $verbose | Should -HaveCount 2
        $verbose[0] | Should -BeLike 'Signing in to tenant *'
        @($records | Where-Object { $_ -is [System.Management.Automation.DebugRecord] }).Count | Should -BeGreaterThan 0
    }

    It 'Stop-PCSandboxOrder -Debug reports every order once, with a warning for each accepted one, and ends with the summary' {
        # Accepted but not cancelled yet: a warning for each order, written while other cancellations are in flight.
        Invoke-EmulatorAdmin $emulator Post 'knobs' @{ cancellationDelayMs = 600000 } | Out-Null
        $orders = @(Get-PCSandboxOrder -Cancellable)
        $orders.Count | Should -BeGreaterThan 10

        $results = @($orders | Stop-PCSandboxOrder -Force -Debug -PassThru -WarningVariable warnings -ErrorVariable failures -ErrorAction SilentlyContinue 3>$null 4>$null 5>$null)

        # The generated sandbox has seat-based SaaS orders, which Partner Center refuses: each is an error of its own.
        @($failures.FullyQualifiedErrorId | Where-Object { $_ -notlike 'SeatBasedSaasNotCancellable,*' }) | Should -BeNullOrEmpty
        Get-OrderKeys (@($results) + @($failures | ForEach-Object TargetObject)) | Should -Be (Get-OrderKeys $orders)
        $results.Count | Should -BeGreaterThan 5
        @($warnings | Where-Object Message -Like "*shows it as 'pending', not cancelled yet*").Count | Should -Be $results.Count
        $warnings[-1].Message | Should -BeLike "Stop-PCSandboxOrder: 0 cancelled, $($results.Count) accepted but not cancelled yet, 0 already cancelled, $($failures.Count) refused by Partner Center*, 0 failed."
    }

    It 'Get-PCSandboxOrder -Debug lists every order, its retries shown on the way' {
        $expected = Get-OrderKeys (Get-PCSandboxOrder)
        # Two dropped answers: each retry is a verbose message.
        Invoke-EmulatorAdmin $emulator Post 'faults' @{ method = 'GET'; pathContains = '/orders'; kind = 'drop'; count = 2 } | Out-Null

        $records = @(Get-PCSandboxOrder -Debug -ErrorVariable failures 4>&1 5>$null)

        $failures | Should -BeNullOrEmpty
        @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -Be 2
        Get-OrderKeys ($records | Where-Object { $_ -is [PartnerSandbox.PCSandboxOrder] }) | Should -Be $expected
    }
}
