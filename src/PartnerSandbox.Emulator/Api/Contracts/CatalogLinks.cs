namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>
/// The product, sku and availability links of an offer id of the product:sku:availability form, as order line items
/// and subscriptions carry them; none for any other offer id.
/// </summary>
internal sealed record CatalogLinks(LinkJson? Product, LinkJson? Sku, LinkJson? Availability)
{
    public static CatalogLinks For(string offerId)
    {
        if (offerId.Split(':') is not [var product, var sku, var availability])
        {
            return new CatalogLinks(null, null, null);
        }

        var skuUri = $"/products/{product}/skus/{sku}";
        return new CatalogLinks(
            LinkJson.Get($"/products/{product}?country=US"),
            LinkJson.Get($"{skuUri}?country=US"),
            LinkJson.Get($"{skuUri}/availabilities/{availability}?country=US"));
    }
}
