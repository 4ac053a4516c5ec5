# Stop-PCSandboxSubscription against the emulator's test seed (see Support/SubscriptionFixture.ps1), and the outcomes of a
# cancellation as the service shows them.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestSupport.psm1') -Force
    Import-PartnerSandboxModule
    # The shared emulator, connected to as its sandbox partner, and the seed's ids that the tests name.
    . (Join-Path $PSScriptRoot 'Support/SubscriptionFixture.ps1')
    function script:Get-Changes([string[]] $Ids) { $Ids | ForEach-Object { Get-SubscriptionStateChanges $emulator $_ } }
    function script:Add-Fault([hashtable] $Fault) { Invoke-EmulatorAdmin $emulator Post 'faults' $Fault | Out-Null }
}

AfterAll {
    Disconnect-PCSandbox
    Stop-TestEmulator $emulator
}

Describe 'Stop-PCSandboxSubscription' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'cancels each product its own way, refuses the rest before sending, and changes each once' {
        $results = @(Get-PCSandboxSubscription -CustomerId $fourthCoffee |
                Stop-PCSandboxSubscription -Force -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)

        @($results | ForEach-Object { "$($_.SubscriptionId)=$($_.Status)" } | Sort-Object) | Should -Be @("$nceRecent=deleted", "$planBare=suspended", "$saasSeat=deleted")
        @($failures.TargetObject.SubscriptionId | Sort-Object) | Should -Be @($nceOld, $softwareOld)
        $failures.FullyQualifiedErrorId | Select-Object -Unique | Should -BeLike 'CancellationWindowPassed,*'
        $failures[0].ErrorDetails.Message | Should -Match "^Subscription $($failures[0].TargetObject.SubscriptionId) of customer $fourthCoffee was not cancelled, and nothing was sent"
        @(Get-EmulatorRequests $emulator PATCH).path | Sort-Object | Should -Be @($nceRecent, $planBare, $saasSeat | ForEach-Object { "/v1/customers/$fourthCoffee/subscriptions/$_" })
        Get-Changes $nceRecent, $planBare, $saasSeat | Should -Be @(1, 1, 1)
        Get-Changes $nceOld, $softwareOld | Should -Be @(0, 0)
        $warnings[-1].Message | Should -Be 'Stop-PCSandboxSubscription: 3 cancelled, 0 already cancelled, 0 refused by Partner Center, 2 not sent (CancellationWindowPassed 2), 0 failed.'
    }

    It 'skips what is cancelled already, with a warning, and sends nothing' {
        Get-PCSandboxSubscription -CustomerId $fourthCoffee -Cancellable | Stop-PCSandboxSubscription -Force -WarningAction SilentlyContinue
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null

        Get-PCSandboxSubscription -CustomerId $fourthCoffee | Where-Object IsCancelled | Stop-PCSandboxSubscription -Force -WarningVariable warnings -WarningAction SilentlyContinue

        @($warnings.Message | Where-Object { $_ -match 'already cancelled \(status (deleted|suspended)\); skipped, nothing was sent' }).Count | Should -Be 3
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
        Get-Changes $nceRecent, $planBare, $saasSeat | Should -Be @(1, 1, 1)
    }

    It 'takes the orders Stop-PCSandboxOrder refuses with CancelSubscriptionInstead, whose action names it' {
        $order = Get-PCSandboxOrder -CustomerId $fourthCoffee -OrderId 'nce-recent'
        $order | Stop-PCSandboxOrder -Force -ErrorVariable refused -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $order | Stop-PCSandboxSubscription -Force -WarningAction SilentlyContinue

        $refused[0].FullyQualifiedErrorId | Should -BeLike 'CancelSubscriptionInstead,*'
        $refused[0].ErrorDetails.RecommendedAction | Should -Match 'Stop-PCSandboxSubscription'
        (Get-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $nceRecent).Status | Should -Be 'deleted'
        (Get-PCSandboxOrder -CustomerId $fourthCoffee -OrderId 'nce-recent').Status | Should -Be 'cancelled'
        Get-Changes $nceRecent | Should -Be 1
    }

    It 'refuses, without sending, an Azure plan with an active Azure subscription and new commerce past its window' {
        Get-PCSandboxOrder -CustomerId $tailspin | Where-Object NotCancellableReason -like '*subscription instead*' |
            Stop-PCSandboxSubscription -Force -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        @($failures.FullyQualifiedErrorId | ForEach-Object { $_.Split(',')[0] } | Sort-Object) | Should -Be @('AzurePlanHasActiveAzureSubscriptions', 'CancellationWindowPassed')
        ($failures | Where-Object FullyQualifiedErrorId -like 'AzurePlan*').ErrorDetails.Message | Should -Match 'a2000000-0000-0000-0000-000000000001'
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
    }

    It 'refuses a reservation''s subscription by id with CancelOrderInstead, naming Stop-PCSandboxOrder' {
        $subscriptionId = (Get-PCSandboxOrder -CustomerId $contoso -OrderId 'ri-recent-1').LineItems[0].SubscriptionId

        Stop-PCSandboxSubscription -CustomerId $contoso -SubscriptionId $subscriptionId -Force -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $failures[0].FullyQualifiedErrorId | Should -BeLike 'CancelOrderInstead,*'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Stop-PCSandboxOrder'
        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
        Get-Changes $subscriptionId | Should -Be 0
    }

    It 'takes CustomerId/SubscriptionId rows: one listing per customer, a bad row an error, a repeated row once' {
        $rows = @(
            [pscustomobject]@{ CustomerId = $fourthCoffee; SubscriptionId = $nceRecent }
            [pscustomobject]@{ CustomerId = 'not-a-guid'; SubscriptionId = $saasSeat }
            [pscustomobject]@{ CustomerId = $fourthCoffee; SubscriptionId = $saasSeat }
            [pscustomobject]@{ CustomerId = $fourthCoffee; SubscriptionId = $nceRecent }
        )

        $rows | Stop-PCSandboxSubscription -Force -ThrottleLimit 2 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
        $warnings.Message | Should -Contain "Subscription $nceRecent of customer $fourthCoffee came again in the input; it is cancelled once."
        Get-Changes $nceRecent, $saasSeat | Should -Be @(1, 1)
        $requests = @(Get-EmulatorRequests $emulator)
        @($requests | Where-Object { $_.method -eq 'GET' -and $_.path -like '*/subscriptions' }).Count | Should -Be 1
        @($requests | Where-Object method -eq 'PATCH').Count | Should -Be 2
    }

    It 'sends nothing, reads included, through a connection not declared a sandbox' {
        $undeclared = Connect-TestPartner $emulator -Undeclared

        { Stop-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $nceRecent -Force -Connection $undeclared } |
            Should -Throw -ErrorId 'NotASandboxAccount,PartnerSandbox.Commands.StopPCSandboxSubscriptionCommand'

        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty
        Connect-TestPartner $emulator | Out-Null
    }

    It 'fails once, before sending anything, where it would ask and cannot' {
        { Stop-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $nceRecent } |
            Should -Throw -ErrorId 'ConfirmationNotPossible,PartnerSandbox.Commands.StopPCSandboxSubscriptionCommand'

        $Error[0].ErrorDetails.Message | Should -Match 'Stop-PCSandboxSubscription asks before cancelling each subscription'
        Get-EmulatorRequests $emulator | Where-Object path -like '/v1/*' | Should -BeNullOrEmpty
    }

    It 'says with -WhatIf what it would do and sends no change' {
        Get-PCSandboxSubscription -CustomerId $fourthCoffee -Cancellable | Stop-PCSandboxSubscription -WhatIf -WarningVariable warnings -WarningAction SilentlyContinue

        Get-EmulatorRequests $emulator PATCH | Should -BeNullOrEmpty
        $warnings[-1].Message | Should -Match 'not sent \(WhatIf 3\)'
    }
}

Describe 'Outcomes of a subscription''s cancellation, as the service shows them' {
    BeforeEach {
        Invoke-EmulatorAdmin $emulator Post 'reset' | Out-Null
        Invoke-EmulatorAdmin $emulator Delete 'requests' | Out-Null
    }

    It 'an empty 200 for a subscription left active is CancellationNotConfirmed, after a read' {
        Add-Fault @{ method = 'PATCH'; pathContains = $nceRecent; kind = 'answer'; status = 200; body = '{}' }

        $results = @(Stop-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $nceRecent -Force -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)

        $results | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'CancellationNotConfirmed,*'
        $failures[0].ErrorDetails.Message | Should -Match "subscription $nceRecent shows status 'active': it was not deleted"
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Get-PCSandboxSubscription'
        @(Get-EmulatorRequests $emulator | Where-Object path -like "*/subscriptions/$nceRecent").method | Should -Be @('GET', 'PATCH', 'GET')
    }

    It 'an answer lost after the change, then one that says nothing, is the subscription as read again: cancelled, once' {
        Add-Fault @{ method = 'PATCH'; pathContains = $saasSeat; kind = 'applyThenDrop'; count = 1 }
        Add-Fault @{ method = 'PATCH'; pathContains = $saasSeat; kind = 'answer'; status = 200; body = '{}'; count = 1 }

        $results = @(Stop-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $saasSeat -Force -PassThru -Verbose -WarningAction SilentlyContinue 4>&1)

        ($results | Where-Object { $_ -is [PartnerSandbox.PCSandboxSubscription] }).Status | Should -Be 'deleted'
        ($results | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -Contain "The answer to cancelling subscription $saasSeat of customer $fourthCoffee did not say what happened; read again, it shows 'deleted'."
        Get-Changes $saasSeat | Should -Be 1
        @(Get-EmulatorRequests $emulator | Where-Object path -like "*/subscriptions/$saasSeat").method | Should -Be @('GET', 'PATCH', 'PATCH', 'GET')
    }

    It 'an answer in another status is accepted, not cancelled; with -Wait past -Timeout it is CancellationStillPending' {
        Add-Fault @{ method = 'PATCH'; pathContains = $nceRecent; kind = 'answer'; status = 202; body = "{""id"":""$nceRecent"",""status"":""pending""}"; count = 2 }

        $accepted = @(Stop-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $nceRecent -Force -PassThru -WarningVariable warnings -WarningAction SilentlyContinue)
        Stop-PCSandboxSubscription -CustomerId $fourthCoffee -SubscriptionId $nceRecent -Force -Wait -Timeout 1 -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

        $accepted.Status | Should -Be 'pending'
        $warnings[0].Message | Should -Match "took the cancellation of subscription $nceRecent .* shows it as 'pending', not cancelled yet"
        $warnings[-1].Message | Should -Match '0 cancelled, 1 accepted but not cancelled yet'
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'CancellationStillPending,*'
        $failures[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Get-PCSandboxSubscription'
    }
}
