# The identity of orders in the pipeline tests: what came out is compared with what went in by these keys.

function Get-OrderKeys {
    <# "CustomerId/OrderId" of each of $Objects, sorted. #>
    param($Objects)
    @($Objects | ForEach-Object { '{0}/{1}' -f $_.CustomerId, $_.OrderId } | Sort-Object)
}
