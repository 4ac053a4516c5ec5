<#
.SYNOPSIS
    The benchmark's peer: an integration-sandbox cleanup written as runbook authors write it today, without the module.
.DESCRIPTION
    A token with client credentials, the partner's customers page by page, each customer's orders, and one PATCH per
    order it may cancel, one Invoke-RestMethod after another. It picks the orders the module's -Cancellable picks (not
    cancelled, younger than 60 days, not new commerce or an Azure plan), so both send the same cancellations. Like most
    such scripts it does not retry: a throttled (429) or failed call is reported and the script goes on. Not a test.
#>
param(
    [Parameter(Mandatory)] [uri] $Endpoint,
    [Parameter(Mandatory)] [string] $TenantId,
    [Parameter(Mandatory)] [string] $ClientId,
    # As a runbook reads it from an Automation credential; the benchmark hands it over in the environment.
    [string] $ClientSecret = $env:PCSANDBOX_BENCH_SECRET
)

$token = (Invoke-RestMethod -Method Post -Uri "$Endpoint$TenantId/oauth2/v2.0/token" -SkipCertificateCheck -Body @{
        grant_type    = 'client_credentials'
        client_id     = $ClientId
        client_secret = $ClientSecret
        scope         = 'https://api.partnercenter.microsoft.com/.default'
    }).access_token
$headers = @{ Authorization = "Bearer $token"; Accept = 'application/json'; 'MS-Contract-Version' = 'v1' }
$api = "$($Endpoint)v1"

$customers = [System.Collections.Generic.List[object]]::new()
$page = Invoke-RestMethod -Uri "$api/customers?size=200" -Headers $headers -SkipCertificateCheck
while ($true) {
    $customers.AddRange(@($page.items))
    if (-not $page.links.next) { break }
    $next = $page.links.next
    $pageHeaders = $headers.Clone()
    foreach ($header in @($next.headers)) { $pageHeaders[$header.key] = $header.value }
    $page = Invoke-RestMethod -Uri "$api/$($next.uri.TrimStart('/'))" -Headers $pageHeaders -SkipCertificateCheck
}

$cancelled = 0
$failed = 0
foreach ($customer in $customers) {
    $orders = (Invoke-RestMethod -Uri "$api/customers/$($customer.id)/orders" -Headers $headers -SkipCertificateCheck).items
    foreach ($order in $orders) {
        $young = ([DateTimeOffset]::UtcNow - [DateTimeOffset] $order.creationDate).TotalDays -lt 60
        $bySubscription = @($order.lineItems | Where-Object { $_.offerId -like 'CFQ7TTC0*' -or $_.offerId -like 'DZH318Z0BPS6*' }).Count -gt 0
        if ($order.status -eq 'cancelled' -or -not $young -or $bySubscription) { continue }
        try {
            $body = @{ id = $order.id; status = 'cancelled' } | ConvertTo-Json
            $null = Invoke-RestMethod -Method Patch -Uri "$api/customers/$($customer.id)/orders/$($order.id)" -Headers $headers -Body $body -ContentType 'application/json' -SkipCertificateCheck
            $cancelled++
        }
        catch {
            $failed++
        }
    }
}
[pscustomobject]@{ Cancelled = $cancelled; Failed = $failed }
