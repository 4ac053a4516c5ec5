# What the Subscription*.Tests.ps1 files share, dot-sourced in their BeforeAll: the shared emulator with the test
# seed, a connection to it as the sandbox partner, and the customers and subscriptions of the seed that they name.
# Fourth Coffee has a subscription of every kind that is cancelled by subscription (see the seed's _about), Contoso
# reservations and software cancelled by order, Tailspin an Azure plan with an active Azure subscription.
$script:emulator = Start-TestEmulator -Shared
Connect-TestPartner $emulator | Out-Null
$script:fourthCoffee = 'c1000000-0000-0000-0000-000000000004'
$script:contoso = 'c1000000-0000-0000-0000-000000000001'
$script:tailspin = 'c1000000-0000-0000-0000-000000000002'
$script:nceRecent = '5b000000-0000-0000-0000-000000000001'
$script:nceOld = '5b000000-0000-0000-0000-000000000002'
$script:planBare = '5b000000-0000-0000-0000-000000000003'
$script:saasSeat = '5b000000-0000-0000-0000-000000000004'
$script:softwareOld = '5b000000-0000-0000-0000-000000000005'
$script:fourthCoffeeIds = @($nceRecent, $nceOld, $planBare, $saasSeat, $softwareOld)
