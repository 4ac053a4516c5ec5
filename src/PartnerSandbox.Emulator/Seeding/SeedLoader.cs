using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>Reads seed files (docs/emulator.md) into partners, applying defaults and checking ids.</summary>
internal static class SeedLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <param name="now">The clock's now, which <c>ageDays</c> counts back from.</param>
    /// <exception cref="SeedFileException">A file is missing, is not valid JSON or breaks a rule.</exception>
    public static PartnerDirectory Load(IReadOnlyList<string> paths, DateTimeOffset now)
    {
        var seen = new SeenIds();
        var partners = new List<Partner>();
        foreach (var path in paths)
        {
            var converter = new SeedConverter(path, now, seen);
            foreach (var (partner, index) in ReadDocument(path).Partners.OrEmpty().Indexed())
            {
                partners.Add(converter.ToPartner(partner, $"partners[{index}]"));
            }
        }

        return new PartnerDirectory(partners);
    }

    private static SeedDocument ReadDocument(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<SeedDocument>(stream, JsonOptions)
                ?? throw new SeedFileException(path, "the file holds JSON null instead of an object with 'partners'.");
        }
        catch (JsonException e)
        {
            throw new SeedFileException(path, $"invalid seed JSON: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new SeedFileException(path, $"cannot be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SeedFileException(path, $"cannot be read: {e.Message}", e);
        }
    }

    private static IEnumerable<(T Item, int Index)> Indexed<T>(this IEnumerable<T> items)
    {
        var index = 0;
        foreach (var item in items)
        {
            yield return (item, index++);
        }
    }

    private static IReadOnlyList<T> OrEmpty<T>(this IReadOnlyList<T>? items) => items ?? [];

    /// <summary>Ids that must be unique across all seed files, so lookups by id are unambiguous.</summary>
    private sealed class SeenIds
    {
        public HashSet<Guid> Tenants { get; } = [];

        public HashSet<Guid> Customers { get; } = [];

        public HashSet<string> Orders { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Turns one file's seed records into state, naming the file and the JSON location in every error.</summary>
    private sealed class SeedConverter(string path, DateTimeOffset now, SeenIds seen)
    {
        public Partner ToPartner(SeedPartner seed, string at)
        {
            var tenantId = RequireGuid(seed.TenantId, at, "tenantId");
            RequireUnique(seen.Tenants.Add(tenantId), at, $"tenant id {tenantId} is used by another partner");
            var clientIds = new HashSet<Guid>();
            var applications = new List<PartnerApplication>();
            foreach (var (app, index) in seed.Applications.OrEmpty().Indexed())
            {
                var application = ToApplication(app, $"{at}.applications[{index}]");
                RequireUnique(clientIds.Add(application.ClientId), $"{at}.applications[{index}]", $"client id {application.ClientId} is used twice");
                applications.Add(application);
            }

            var customers = new List<Customer>();
            foreach (var (customer, index) in seed.Customers.OrEmpty().Indexed())
            {
                customers.Add(ToCustomer(customer, $"{at}.customers[{index}]"));
            }

            return new Partner(tenantId, seed.Name ?? $"Partner {tenantId}", seed.Kind ?? PartnerKind.Sandbox, applications, customers);
        }

        private PartnerApplication ToApplication(SeedApplication seed, string at) =>
            new(RequireGuid(seed.ClientId, at, "clientId"), RequireText(seed.ClientSecret, at, "clientSecret"), seed.Name ?? "Application");

        private Customer ToCustomer(SeedCustomer seed, string at)
        {
            var id = RequireGuid(seed.Id, at, "id");
            RequireUnique(seen.Customers.Add(id), at, $"customer id {id} is used twice");
            var commerceId = seed.CommerceId is null ? StableIds.Guid($"commerce:{id}") : RequireGuid(seed.CommerceId, at, "commerceId");
            var orders = new List<Order>();
            foreach (var (order, index) in seed.Orders.OrEmpty().Indexed())
            {
                orders.Add(ToOrder(order, id, $"{at}.orders[{index}]"));
            }

            return new Customer(
                id,
                commerceId,
                seed.CompanyName ?? $"Customer {id}",
                seed.Domain ?? $"customer{StableIds.Hex(id.ToString(), 8)}.onmicrosoft.com",
                seed.RelationshipToPartner ?? "reseller",
                orders);
        }

        private Order ToOrder(SeedOrder seed, Guid customerId, string at)
        {
            var id = RequireText(seed.Id, at, "id");
            RequireUnique(seen.Orders.Add(id), at, $"order id '{id}' is used twice");
            var productType = seed.ProductType ?? throw Problem(at, "'productType' is missing.");
            var currencyCode = seed.CurrencyCode ?? "USD";
            var lineItems = new List<OrderLineItem>();
            foreach (var (lineItem, index) in seed.LineItems.OrEmpty().Indexed())
            {
                lineItems.Add(ToLineItem(lineItem, id, index, $"{at}.lineItems[{index}]"));
            }

            return new Order(
                id,
                seed.AlternateId ?? StableIds.Hex($"alternate:{id}", 12),
                customerId,
                productType,
                CreationDate(seed, at),
                seed.Status ?? OrderStatus.Completed,
                seed.BillingCycle ?? TypicalBillingCycle(productType),
                seed.TransactionType ?? "UserPurchase",
                currencyCode,
                seed.CurrencySymbol ?? CurrencySymbols.For(currencyCode),
                seed.TotalPrice ?? 0m,
                lineItems);
        }

        private OrderLineItem ToLineItem(SeedLineItem seed, string orderId, int index, string at)
        {
            var offerId = RequireText(seed.OfferId, at, "offerId");
            return new OrderLineItem(
                seed.LineItemNumber ?? index,
                offerId,
                seed.SubscriptionId ?? StableIds.Guid($"subscription:{orderId}:{index}").ToString(),
                seed.FriendlyName ?? offerId,
                seed.Quantity ?? 1,
                seed.TermDuration ?? string.Empty,
                seed.TransactionType ?? "New");
        }

        /// <summary>Relative ages keep seeds from going stale; an absolute date pins an exact value.</summary>
        private DateTimeOffset CreationDate(SeedOrder seed, string at) => (seed.AgeDays, seed.CreationDate) switch
        {
            (not null, not null) => throw Problem(at, "give either 'ageDays' or 'creationDate', not both."),
            (< 0, _) => throw Problem(at, $"'ageDays' must not be negative, got {seed.AgeDays}."),
            ({ } ageDays, _) => now.AddDays(-ageDays),
            (_, { } creationDate) => creationDate.ToUniversalTime(),
            _ => now,
        };

        private static string TypicalBillingCycle(ProductType productType) => productType switch
        {
            ProductType.ReservedInstance or ProductType.PerpetualSoftware => "one_time",
            ProductType.SoftwareSubscription => "annual",
            ProductType.AzurePlan => "none",
            _ => "monthly",
        };

        private Guid RequireGuid(string? value, string at, string field) =>
            Guid.TryParse(RequireText(value, at, field), out var guid)
                ? guid
                : throw Problem(at, $"'{field}' must be a GUID, got '{value}'.");

        private string RequireText(string? value, string at, string field) =>
            string.IsNullOrWhiteSpace(value) ? throw Problem(at, $"'{field}' is missing or empty.") : value;

        private void RequireUnique(bool isNew, string at, string problem)
        {
            if (!isNew)
            {
                throw Problem(at, $"{problem}; ids must be unique across all seed files.");
            }
        }

        private SeedFileException Problem(string at, string problem) => new(path, $"{at}: {problem}");
    }
}
