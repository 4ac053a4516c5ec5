using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>
/// The Subscription resource (subscription-resources), with the fields partners look at. Like the service's, its
/// links lack the <c>/v1</c> prefix; <c>cancellationAllowedUntilDate</c> and <c>refundOptions</c> are left out
/// when there are none.
/// </summary>
internal sealed record SubscriptionJson(
    string Id,
    string OfferId,
    string OfferName,
    string FriendlyName,
    ProductTypeJson ProductType,
    int Quantity,
    string UnitType,
    bool HasPurchasableAddons,
    [property: JsonConverter(typeof(UtcDateTimeConverter))] DateTimeOffset CreationDate,
    [property: JsonConverter(typeof(UtcDateTimeConverter))] DateTimeOffset EffectiveStartDate,
    [property: JsonConverter(typeof(UtcDateTimeConverter))] DateTimeOffset CommitmentEndDate,
    [property: JsonConverter(typeof(UtcDateTimeConverter))] DateTimeOffset? CancellationAllowedUntilDate,
    string Status,
    bool AutoRenewEnabled,
    bool IsTrial,
    string BillingType,
    string BillingCycle,
    string TermDuration,
    IReadOnlyList<RefundOptionJson>? RefundOptions,
    bool IsMicrosoftProduct,
    string PublisherName,
    string ContractType,
    string OrderId,
    SubscriptionLinksJson Links,
    ResourceAttributesJson Attributes)
{
    public static SubscriptionJson From(Subscription subscription, DateTimeOffset now)
    {
        var facts = ProductCatalog.SubscriptionFactsOf(subscription.ProductType);
        var lineItem = subscription.LineItem;
        var refunds = SubscriptionTerms.RefundOptions(subscription, now);
        var catalog = CatalogLinks.For(lineItem.OfferId);
        return new SubscriptionJson(
            subscription.Id,
            lineItem.OfferId,
            lineItem.FriendlyName,
            lineItem.FriendlyName,
            new ProductTypeJson(facts.ProductTypeId, facts.ProductTypeId, facts.ProductSubTypeId is { } subType ? new ProductTypeJson(subType, subType, null) : null),
            lineItem.Quantity,
            facts.UnitType,
            HasPurchasableAddons: false,
            subscription.CreationDate,
            subscription.CreationDate,
            SubscriptionTerms.CommitmentEnd(subscription),
            SubscriptionTerms.CancellationAllowedUntil(subscription),
            subscription.Status,
            subscription.AutoRenewEnabled,
            IsTrial: false,
            facts.BillingType,
            subscription.Order.BillingCycle,
            lineItem.TermDuration,
            refunds.Count == 0 ? null : [.. refunds.Select(refund => new RefundOptionJson(refund.Type, refund.ExpiresAt))],
            facts.IsMicrosoftProduct,
            facts.PublisherName,
            "subscription",
            subscription.Order.Id,
            new SubscriptionLinksJson(catalog.Product, catalog.Sku, catalog.Availability, LinkJson.Get(SelfUri(subscription))),
            new ResourceAttributesJson("Subscription"));
    }

    public static string SelfUri(Subscription subscription) => $"/customers/{subscription.Order.ReferenceCustomerId}/subscriptions/{subscription.Id}";
}

/// <summary>The SDK's ItemType: <c>{"id": "OnlineServicesNCE", "displayName": "OnlineServicesNCE"}</c>, with a sub-type for Azure.</summary>
internal sealed record ProductTypeJson(string Id, string DisplayName, ProductTypeJson? SubType);

/// <summary>
/// The SDK's RefundOption is <c>ExpiresAt</c>, and so are the docs' examples; the resource table's <c>expiresAfter</c>
/// is taken as a slip.
/// </summary>
internal sealed record RefundOptionJson(string Type, [property: JsonConverter(typeof(UtcDateTimeConverter))] DateTimeOffset ExpiresAt);

internal sealed record SubscriptionLinksJson(LinkJson? Product, LinkJson? Sku, LinkJson? Availability, LinkJson Self);
