using System;
using System.Collections.Generic;
using System.Linq;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>Reads seed files (docs/emulator.md) into partners, applying defaults and checking ids.</summary>
internal static partial class SeedLoader
{
    /// <param name="now">The clock's now, which <c>ageDays</c> counts back from.</param>
    /// <exception cref="SeedFileException">A file is missing, is not valid JSON or breaks a rule.</exception>
    public static PartnerDirectory Load(IReadOnlyList<string> paths, DateTimeOffset now) =>
        Load(paths.Select(SeedSource.File).ToList(), now);

    /// <summary>Seed files, generated seeds and state files alike; ids must be unique across all of them.</summary>
    /// <exception cref="SeedFileException">A source cannot be read or breaks a rule.</exception>
    public static PartnerDirectory Load(IReadOnlyList<SeedSource> sources, DateTimeOffset now)
    {
        var seen = new SeenIds();
        var partners = new List<Partner>();
        foreach (var source in sources)
        {
            var converter = new SeedConverter(source.Name, now, seen);
            foreach (var (partner, index) in source.Read().Partners.OrEmpty().Indexed())
            {
                partners.Add(converter.ToPartner(partner, $"partners[{index}]"));
            }
        }

        return new PartnerDirectory(partners);
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

        public HashSet<string> Subscriptions { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Turns one file's seed records into state, naming the file and the JSON location in every error.</summary>
    private sealed partial class SeedConverter(string path, DateTimeOffset now, SeenIds seen)
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

            var users = new List<PartnerUser>();
            foreach (var (user, index) in seed.Users.OrEmpty().Indexed())
            {
                var partnerUser = ToUser(user, tenantId, $"{at}.users[{index}]");
                RequireUnique(!users.Exists(known => known.ObjectId == partnerUser.ObjectId || string.Equals(known.UserPrincipalName, partnerUser.UserPrincipalName, StringComparison.OrdinalIgnoreCase)), $"{at}.users[{index}]", $"user {partnerUser.UserPrincipalName} (or its object id) is listed twice");
                users.Add(partnerUser);
            }

            var managedIdentities = ToManagedIdentities(seed.ManagedIdentities.OrEmpty(), tenantId, at);
            return new Partner(tenantId, seed.Name ?? $"Partner {tenantId}", seed.Kind ?? PartnerKind.Sandbox, applications, customers, users, managedIdentities);
        }

        /// <summary>An app needs a credential: a secret, a certificate, a federated identity credential, or (a public client) none.</summary>
        private PartnerApplication ToApplication(SeedApplication seed, string at)
        {
            var clientId = RequireGuid(seed.ClientId, at, "clientId");
            var certificates = new List<ApplicationCertificate>();
            foreach (var (text, index) in seed.Certificates.OrEmpty().Indexed())
            {
                certificates.Add(ApplicationCertificate.TryParse(text, out var certificate, out var problem)
                    ? certificate
                    : throw Problem($"{at}.certificates[{index}]", problem));
            }

            var federatedCredentials = ToFederatedCredentials(seed.FederatedCredentials.OrEmpty(), at);
            var allowPublicClient = seed.AllowPublicClient ?? false;
            var needsSecret = certificates.Count == 0 && federatedCredentials.Count == 0 && !allowPublicClient;
            var secret = seed.ClientSecret is null && !needsSecret ? null : RequireText(seed.ClientSecret, at, "clientSecret");
            return new PartnerApplication(clientId, secret, seed.Name ?? "Application", certificates, allowPublicClient, federatedCredentials);
        }

        /// <summary>Without an object id, the user gets one derived from tenant and name, the same at every load.</summary>
        private PartnerUser ToUser(SeedUser seed, Guid tenantId, string at)
        {
            var userPrincipalName = RequireText(seed.UserPrincipalName, at, "userPrincipalName");
            var objectId = seed.ObjectId is null
                ? StableIds.Guid($"user:{tenantId}:{userPrincipalName.ToUpperInvariant()}")
                : RequireGuid(seed.ObjectId, at, "objectId");
            return new PartnerUser(objectId, userPrincipalName, seed.DisplayName ?? userPrincipalName.Split('@')[0]) { MfaRequired = seed.MfaRequired ?? false };
        }

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
                orders,
                seed.AssociatedPartnerId is null ? null : RequireGuid(seed.AssociatedPartnerId, at, "associatedPartnerId"),
                seed.IndirectCloudSolutionProviderId is null ? null : RequireGuid(seed.IndirectCloudSolutionProviderId, at, "indirectCloudSolutionProviderId"));
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
                lineItems.Add(ToLineItem(lineItem, id, productType, index, $"{at}.lineItems[{index}]"));
            }

            return new Order(
                id,
                seed.AlternateId ?? StableIds.Hex($"alternate:{id}", 12),
                customerId,
                productType,
                CreationDate(seed.AgeDays, seed.CreationDate, at) ?? now,
                seed.Status ?? OrderStatus.Completed,
                seed.BillingCycle ?? ProductCatalog.TypicalBillingCycle(productType),
                seed.TransactionType ?? "UserPurchase",
                currencyCode,
                seed.CurrencySymbol ?? CurrencySymbols.For(currencyCode),
                seed.TotalPrice ?? 0m,
                lineItems);
        }

        private OrderLineItem ToLineItem(SeedLineItem seed, string orderId, ProductType productType, int index, string at)
        {
            var offerId = RequireText(seed.OfferId, at, "offerId");
            var subscriptionId = seed.SubscriptionId ?? StableIds.Guid($"subscription:{orderId}:{index}").ToString();
            RequireUnique(seen.Subscriptions.Add(subscriptionId), at, $"subscription id '{subscriptionId}' is used twice");
            return new OrderLineItem(
                seed.LineItemNumber ?? index,
                offerId,
                subscriptionId,
                seed.FriendlyName ?? offerId,
                seed.Quantity ?? 1,
                seed.TermDuration ?? string.Empty,
                seed.TransactionType ?? "New",
                seed.Subscription is { } subscription ? ToSubscription(subscription, subscriptionId, productType, $"{at}.subscription") : null);
        }

        /// <summary>Only an Azure plan has Azure subscriptions under it.</summary>
        private SubscriptionDetails ToSubscription(SeedSubscription seed, string subscriptionId, ProductType productType, string at)
        {
            if (seed.AzureEntitlements is { Count: > 0 } && productType != ProductType.AzurePlan)
            {
                throw Problem(at, "'azureEntitlements' belong to Azure plan subscriptions only.");
            }

            var entitlements = seed.AzureEntitlements.OrEmpty().Select((entitlement, index) => new AzureEntitlement(
                entitlement.Id ?? StableIds.Guid($"entitlement:{subscriptionId}:{index}").ToString(),
                entitlement.FriendlyName ?? $"Azure subscription {index + 1}",
                entitlement.Status ?? AzureEntitlement.ActiveStatus));
            return new SubscriptionDetails(CreationDate(seed.AgeDays, seed.CreationDate, at), seed.Status, seed.AutoRenewEnabled, [.. entitlements]);
        }

        /// <summary>Relative ages keep seeds from going stale; an absolute date pins an exact value; null when neither is given.</summary>
        private DateTimeOffset? CreationDate(double? ageDays, DateTimeOffset? creationDate, string at) => (ageDays, creationDate) switch
        {
            (not null, not null) => throw Problem(at, "give either 'ageDays' or 'creationDate', not both."),
            (< 0, _) => throw Problem(at, $"'ageDays' must not be negative, got {ageDays}."),
            ({ } days, _) => now.AddDays(-days),
            (_, { } date) => date.ToUniversalTime(),
            _ => null,
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
