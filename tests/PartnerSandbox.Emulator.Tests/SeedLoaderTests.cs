using System;
using System.IO;
using System.Linq;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;
using PartnerSandbox.Emulator.Tests.Infrastructure;
using Xunit;

namespace PartnerSandbox.Emulator.Tests;

public sealed class SeedLoaderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string folder = Directory.CreateTempSubdirectory("seed-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Both_shipped_seeds_load()
    {
        var directory = SeedLoader.Load([TestSeed.Path, TestSeed.DemoPath], Now);

        Assert.Equal(3, directory.Partners.Count);
        Assert.Equal(PartnerKind.Production, directory.FindPartner(TestSeed.ProductionTenant)!.Kind);
        Assert.Equal(Now.AddDays(-61), directory.FindOrder("ri-old-61")!.CreationDate);
        Assert.Equal(ProductType.SaasSeatBased, directory.FindOrder("saas-seat-based")!.ProductType);
    }

    [Fact]
    public void Missing_optional_fields_get_defaults_that_are_the_same_on_every_load()
    {
        var path = Write("""
            {"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111",
              "customers": [{"id": "c1000000-0000-0000-0000-000000000001",
                "orders": [{"id": "o1", "productType": "saas", "lineItems": [{"offerId": "A:B:C"}, {"offerId": "D:E:F"}]}]}]}]}
            """);

        var order = SeedLoader.Load([path], Now).FindOrder("o1")!;
        var again = SeedLoader.Load([path], Now).FindOrder("o1")!;

        Assert.Matches("^[0-9a-f]{12}$", order.AlternateId);
        Assert.Equal(again.AlternateId, order.AlternateId);
        Assert.Equal(Now, order.CreationDate);
        Assert.Equal("completed", order.Status);
        Assert.Equal("monthly", order.BillingCycle);
        Assert.Equal("USD", order.CurrencyCode);
        Assert.Equal("$", order.CurrencySymbol);
        Assert.Equal([0, 1], order.LineItems.Select(lineItem => lineItem.LineItemNumber));
        Assert.Equal(again.LineItems[1].SubscriptionId, order.LineItems[1].SubscriptionId);
        Assert.NotEqual(order.LineItems[0].SubscriptionId, order.LineItems[1].SubscriptionId);
        Assert.Equal("A:B:C", order.LineItems[0].FriendlyName);
    }

    [Fact]
    public void Each_line_item_is_a_subscription_following_its_order_unless_seeded()
    {
        var path = Write("""
            {"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111",
              "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "associatedPartnerId": "4e000000-0000-0000-0000-000000000001",
                "orders": [
                  {"id": "nce", "productType": "newCommerce", "ageDays": 30, "lineItems": [{"offerId": "A:B:C"}, {"offerId": "D:E:F", "subscription": {"ageDays": 2, "status": "suspended"}}]},
                  {"id": "gone", "productType": "saas", "status": "cancelled", "lineItems": [{"offerId": "G:H:I"}]},
                  {"id": "plan", "productType": "azurePlan", "lineItems": [{"offerId": "J:K:L", "subscription": {"azureEntitlements": [{"friendlyName": "dev"}]}}]}]}]}]}
            """);

        var directory = SeedLoader.Load([path], Now);
        var nce = directory.FindOrder("nce")!.Subscriptions;
        var plan = directory.FindOrder("plan")!.Subscriptions.Single();

        Assert.Equal(("active", Now.AddDays(-30), true), (nce[0].Status, nce[0].CreationDate, nce[0].AutoRenewEnabled));
        Assert.Equal(("suspended", Now.AddDays(-2), false), (nce[1].Status, nce[1].CreationDate, nce[1].AutoRenewEnabled));
        Assert.Equal("deleted", directory.FindOrder("gone")!.Subscriptions.Single().Status);
        Assert.Same(nce[1], directory.FindSubscription(nce[1].Id.ToUpperInvariant()));
        Assert.Equal(("dev", "active"), (plan.AzureEntitlements.Single().FriendlyName, plan.AzureEntitlements.Single().Status));
        Assert.Equal(Guid.Parse("4e000000-0000-0000-0000-000000000001"), directory.FindCustomerOwner(Guid.Parse("c1000000-0000-0000-0000-000000000001"))!.Customers.Single().AssociatedPartnerId);
    }

    [Theory]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "orders": [{"id": "o1", "productType": "saas", "lineItems": [{"offerId": "A", "subscriptionId": "5b000000-0000-0000-0000-000000000001"}]}, {"id": "o2", "productType": "saas", "lineItems": [{"offerId": "B", "subscriptionId": "5B000000-0000-0000-0000-000000000001"}]}]}]}]}""", "orders[1].lineItems[0]: subscription id")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "orders": [{"id": "o1", "productType": "saas", "lineItems": [{"offerId": "A", "subscription": {"azureEntitlements": [{}]}}]}]}]}]}""", "'azureEntitlements' belong to Azure plan subscriptions only")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "associatedPartnerId": "reseller"}]}]}""", "'associatedPartnerId' must be a GUID")]
    public void Malformed_subscription_seed_names_the_problem(string json, string expectedProblem)
    {
        var failure = Assert.Throws<SeedFileException>(() => SeedLoader.Load([Write(json)], Now));

        Assert.Contains(expectedProblem, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"partners": [""", "invalid seed JSON")]
    [InlineData("""{"partners": [{"name": "no tenant"}]}""", "partners[0]: 'tenantId' is missing")]
    [InlineData("""{"partners": [{"tenantId": "abc"}]}""", "partners[0]: 'tenantId' must be a GUID")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "kind": "galactic"}]}""", "$.partners[0].kind")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "applications": [{"clientId": "aaaaaaaa-0000-0000-0000-000000000001"}]}]}""", "partners[0].applications[0]: 'clientSecret' is missing")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "orders": [{"id": "o1", "productType": "toaster"}]}]}]}""", "$.partners[0].customers[0].orders[0].productType")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "orders": [{"id": "o1"}]}]}]}""", "'productType' is missing")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "orders": [{"id": "o1", "productType": "saas", "ageDays": 1, "creationDate": "2020-01-01T00:00:00Z"}]}]}]}""", "either 'ageDays' or 'creationDate'")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111", "customers": [{"id": "c1000000-0000-0000-0000-000000000001", "orders": [{"id": "o1", "productType": "saas"}, {"id": "o1", "productType": "saas"}]}]}]}""", "order id 'o1' is used twice")]
    [InlineData("""{"partners": [{"tenantId": "11111111-1111-1111-1111-111111111111"}, {"tenantId": "11111111-1111-1111-1111-111111111111"}]}""", "partners[1]: tenant id")]
    public void Malformed_seed_names_the_file_and_the_problem(string json, string expectedProblem)
    {
        var path = Write(json);

        var failure = Assert.Throws<SeedFileException>(() => SeedLoader.Load([path], Now));

        Assert.StartsWith($"Seed file '{path}': ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(expectedProblem, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_names_the_file()
    {
        var path = Path.Combine(folder, "absent.json");

        var failure = Assert.Throws<SeedFileException>(() => SeedLoader.Load([path], Now));

        Assert.Equal(path, failure.Path);
    }

    private string Write(string json)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid()}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
