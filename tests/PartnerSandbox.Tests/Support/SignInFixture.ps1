# What the Connect*.Tests.ps1 files sign in with, dot-sourced in their BeforeAll once $emulator is running: the seed's
# sandbox partner, its first app, its app registered for public client flows, the parameters every Connect-PCSandbox
# of theirs takes, and a customer to read.
$script:partner = Get-SeedPartner $emulator
$script:app = $partner.applications[0]
# Device code and browser sign-in need an app registration that allows public client flows.
$script:publicApp = $partner.applications | Where-Object allowPublicClient | Select-Object -First 1
$script:common = @{ Endpoint = $emulator.BaseUri; TenantId = $partner.tenantId; SkipCertificateCheck = $true }
$script:customerId = $partner.customers[0].id
