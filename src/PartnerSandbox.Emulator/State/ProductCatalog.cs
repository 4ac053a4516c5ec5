using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerSandbox.Emulator.State;

/// <summary>An offer the catalog knows, with a typical line item for it (the generator buys these).</summary>
internal sealed record CatalogOffer(string OfferIdPrefix, ProductType ProductType, string SampleOfferId, string SampleFriendlyName, string SampleTermDuration);

/// <summary>
/// What a subscription of one product type says of itself in the Subscription resource. The product type ids are the
/// docs' (Azure with sub-type Azure for the Azure plan, Azure with VirtualMachines for VM reservations, OnlineServicesNCE,
/// Software); SaaS's id, the units and billing types of reservations and software, and the publishers are inferred.
/// </summary>
internal sealed record SubscriptionFacts(string ProductTypeId, string? ProductSubTypeId, string UnitType, string BillingType, string PublisherName, bool RenewsAutomatically)
{
    public const string Microsoft = "Microsoft Corporation";

    public bool IsMicrosoftProduct => PublisherName == Microsoft;
}

/// <summary>
/// The emulator's whole product knowledge, in one place: which product type an offer id is (the
/// service knows it from its catalog; the emulator from the product id at the start of the offer
/// id, as in tests/seeds), and what an order of each type typically looks like.
/// </summary>
internal static class ProductCatalog
{
    /// <summary>Longest prefixes first, so that the more specific product wins.</summary>
    public static IReadOnlyList<CatalogOffer> Offers { get; } =
    [
        new("DZH318Z0BPS6", ProductType.AzurePlan, "DZH318Z0BPS6:0001:DZH318Z0BMN4", "Azure plan", string.Empty),
        new("DZH318Z0BQ4B", ProductType.ReservedInstance, "DZH318Z0BQ4B:000Z:DZH318Z0DSPL", "Reserved VM Instance, Standard_D2s_v3, US East, 1 Year", "P1Y"),
        new("DZH318Z0BR37", ProductType.Saas, "DZH318Z0BR37:0001:DZH318Z0BTSD", "Contoso Backup (flat rate)", "P1M"),
        new("DZH318Z0BR38", ProductType.SaasSeatBased, "DZH318Z0BR38:0002:DZH318Z0BTSE", "Tailspin Chat (per user)", "P1M"),
        new("CFQ7TTC0", ProductType.NewCommerce, "CFQ7TTC0LH18:0001:CFQ7TTC0K5BF", "Microsoft 365 Business Basic", "P1M"),
        new("DG7GMGF0", ProductType.PerpetualSoftware, "DG7GMGF0D7FV:0002:DG7GMGF0D3SK", "Windows Server 2022 Standard - 16 Core License Pack", string.Empty),
        new("DG7GMGF0", ProductType.SoftwareSubscription, "DG7GMGF0FKZV:0003:DG7GMGF0DWMS", "SQL Server Standard - 2 Core License Pack - 1 year", "P1Y"),
    ];

    /// <returns>The product type, or null for an offer the catalog does not know.</returns>
    public static ProductType? ProductTypeOf(string offerId, string? termDuration)
    {
        var offer = Offers.FirstOrDefault(candidate => offerId.StartsWith(candidate.OfferIdPrefix, StringComparison.OrdinalIgnoreCase));
        return offer?.ProductType switch
        {
            // Software is one product family: a yearly term makes it a subscription.
            ProductType.PerpetualSoftware when termDuration is "P1Y" or "P3Y" => ProductType.SoftwareSubscription,
            var productType => productType,
        };
    }

    public static SubscriptionFacts SubscriptionFactsOf(ProductType productType) => productType switch
    {
        ProductType.ReservedInstance => new("Azure", "VirtualMachines", "Licenses", "license", SubscriptionFacts.Microsoft, RenewsAutomatically: false),
        ProductType.PerpetualSoftware => new("Software", null, "Licenses", "license", SubscriptionFacts.Microsoft, RenewsAutomatically: false),
        ProductType.SoftwareSubscription => new("Software", null, "Licenses", "license", SubscriptionFacts.Microsoft, RenewsAutomatically: true),
        ProductType.Saas => new("SaaS", null, "Licenses", "license", "Contoso", RenewsAutomatically: true),
        ProductType.SaasSeatBased => new("SaaS", null, "Licenses", "license", "Tailspin", RenewsAutomatically: true),
        ProductType.AzurePlan => new("Azure", "Azure", "Usage-based", "usage", SubscriptionFacts.Microsoft, RenewsAutomatically: false),
        _ => new("OnlineServicesNCE", null, "Licenses", "license", SubscriptionFacts.Microsoft, RenewsAutomatically: true),
    };

    public static CatalogOffer SampleOffer(ProductType productType) => Offers.First(offer => offer.ProductType == productType);

    public static string TypicalBillingCycle(ProductType productType) => productType switch
    {
        ProductType.ReservedInstance or ProductType.PerpetualSoftware => "one_time",
        ProductType.SoftwareSubscription => "annual",
        ProductType.AzurePlan => "none",
        _ => "monthly",
    };
}
