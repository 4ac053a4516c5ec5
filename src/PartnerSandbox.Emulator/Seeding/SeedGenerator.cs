using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>
/// Makes large seeds from a few numbers (docs/emulator.md, "Generated seeds"): the same numbers
/// always give the same seed document, so a benchmark or a test can name its data instead of
/// shipping it. Ages are relative (<c>ageDays</c>), like hand-written seeds, so they never go stale.
/// </summary>
internal static class SeedGenerator
{
    /// <summary>Roughly the mix a sandbox accumulates: many RIs, some of everything else.</summary>
    private static readonly (ProductType ProductType, int Weight)[] ProductMix =
    [
        (ProductType.ReservedInstance, 30),
        (ProductType.PerpetualSoftware, 15),
        (ProductType.SoftwareSubscription, 15),
        (ProductType.Saas, 10),
        (ProductType.SaasSeatBased, 5),
        (ProductType.AzurePlan, 10),
        (ProductType.NewCommerce, 15),
    ];

    private static readonly string[] NameStarts = ["Contoso", "Fabrikam", "Tailspin", "Wingtip", "Litware", "Northwind", "Adatum", "Proseware", "Woodgrove", "Fourth Coffee"];

    private static readonly string[] NameEnds = ["Ltd", "Inc", "Toys", "Traders", "Bank", "Labs", "Group", "Outfitters"];

    /// <summary>Ages up to 90 days, so about a third of the orders are past the 60-day window.</summary>
    private const int MaximumAgeDays = 90;

    public static SeedDocument Generate(GeneratedSeed spec)
    {
        var random = new SeededRandom(spec.Seed);
        var partners = Enumerable.Range(0, spec.Partners).Select(index => Partner(spec, index, random)).ToList();
        return new SeedDocument(partners);
    }

    /// <summary>Ids and secrets derive from the seed number and position, so they are the same on every run.</summary>
    private static SeedPartner Partner(GeneratedSeed spec, int index, SeededRandom random)
    {
        var key = Invariant($"generated:{spec.Seed}:partner:{index}");
        var application = new SeedApplication(
            StableIds.Guid($"{key}:app").ToString(),
            $"gen-{StableIds.Hex($"{key}:secret", 20)}",
            "Generated runbook",
            Certificates: null,
            AllowPublicClient: null);
        var customers = Enumerable.Range(0, spec.CustomersPerPartner).Select(customer => Customer(spec, key, index, customer, random)).ToList();
        return new SeedPartner(StableIds.Guid(key).ToString(), Invariant($"Generated Sandbox Partner {index + 1}"), PartnerKind.Sandbox, [application], customers, Users: null);
    }

    private static SeedCustomer Customer(GeneratedSeed spec, string partnerKey, int partnerIndex, int index, SeededRandom random)
    {
        var key = $"{partnerKey}:customer:{index}";
        var name = Invariant($"{NameStarts[random.Next(NameStarts.Length)]} {NameEnds[random.Next(NameEnds.Length)]} {index + 1:D4}");
        var orders = Enumerable.Range(0, spec.OrdersPerCustomer)
            .Select(order => Order(Invariant($"g{spec.Seed}-p{partnerIndex}-c{index}-o{order}"), random))
            .ToList();
        return new SeedCustomer(
            StableIds.Guid(key).ToString(),
            CommerceId: null,
            name,
            Invariant($"gen{StableIds.Hex(key, 8)}.onmicrosoft.com"),
            RelationshipToPartner: null,
            orders);
    }

    private static SeedOrder Order(string id, SeededRandom random)
    {
        var productType = PickProductType(random);
        var offer = ProductCatalog.SampleOffer(productType);
        // One in ten already cancelled, one in twenty pending: the rest completed.
        var status = random.Next(20) switch
        {
            < 2 => OrderStatus.Cancelled,
            2 => "pending",
            _ => OrderStatus.Completed,
        };
        var quantity = productType is ProductType.SaasSeatBased or ProductType.NewCommerce ? 1 + random.Next(25) : 1;
        var lineItem = new SeedLineItem(null, offer.SampleOfferId, null, offer.SampleFriendlyName, quantity, offer.SampleTermDuration, null);
        return new SeedOrder(
            id,
            AlternateId: null,
            productType,
            AgeDays: Math.Round(random.NextDouble() * MaximumAgeDays, 2),
            CreationDate: null,
            status,
            BillingCycle: null,
            TransactionType: null,
            CurrencyCode: null,
            CurrencySymbol: null,
            TotalPrice: Math.Round((decimal)(random.NextDouble() * 5000), 2),
            [lineItem]);
    }

    private static ProductType PickProductType(SeededRandom random)
    {
        var draw = random.Next(ProductMix.Sum(entry => entry.Weight));
        foreach (var (productType, weight) in ProductMix)
        {
            if (draw < weight)
            {
                return productType;
            }

            draw -= weight;
        }

        throw new InvalidOperationException("The product mix weights do not add up.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
