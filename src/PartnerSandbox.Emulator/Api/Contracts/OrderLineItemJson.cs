using System;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>An order line item; catalog links only when the offer id has the product:sku:availability form.</summary>
internal sealed record OrderLineItemJson(
    int LineItemNumber,
    string OfferId,
    string SubscriptionId,
    string FriendlyName,
    int Quantity,
    string TermDuration,
    string TransactionType,
    OrderLineItemLinksJson Links)
{
    public static OrderLineItemJson From(OrderLineItem lineItem, Guid customerId, string orderUri) => new(
        lineItem.LineItemNumber,
        lineItem.OfferId,
        lineItem.SubscriptionId,
        lineItem.FriendlyName,
        lineItem.Quantity,
        lineItem.TermDuration,
        lineItem.TransactionType,
        OrderLineItemLinksJson.From(lineItem, customerId, orderUri));
}

internal sealed record OrderLineItemLinksJson(
    LinkJson? Product,
    LinkJson? Sku,
    LinkJson? Availability,
    LinkJson ProvisioningStatus,
    LinkJson Subscription)
{
    public static OrderLineItemLinksJson From(OrderLineItem lineItem, Guid customerId, string orderUri)
    {
        var catalog = CatalogLinks.For(lineItem.OfferId);
        return new OrderLineItemLinksJson(
            catalog.Product,
            catalog.Sku,
            catalog.Availability,
            LinkJson.Get($"{orderUri}/provisioningstatus"),
            LinkJson.Get($"/customers/{customerId}/subscriptions/{lineItem.SubscriptionId}"));
    }
}
