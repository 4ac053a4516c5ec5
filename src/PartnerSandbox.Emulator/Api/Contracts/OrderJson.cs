using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>
/// The Order resource (contract section 3). Its links lack the <c>/v1</c> prefix, as the real
/// service's sometimes do, so that clients are held to adding it.
/// </summary>
internal sealed record OrderJson(
    string Id,
    string AlternateId,
    string ReferenceCustomerId,
    string BillingCycle,
    string TransactionType,
    IReadOnlyList<OrderLineItemJson> LineItems,
    string CurrencyCode,
    string CurrencySymbol,
    [property: JsonConverter(typeof(UtcDateTimeConverter))] DateTimeOffset CreationDate,
    string Status,
    decimal? TotalPrice,
    OrderLinksJson Links,
    ResourceAttributesJson Attributes)
{
    public static OrderJson From(Order order, bool includePrice)
    {
        var orderUri = $"/customers/{order.ReferenceCustomerId}/orders/{Uri.EscapeDataString(order.Id)}";
        return new OrderJson(
            order.Id,
            order.AlternateId,
            order.ReferenceCustomerId.ToString(),
            order.BillingCycle,
            order.TransactionType,
            order.LineItems.Select(lineItem => OrderLineItemJson.From(lineItem, order.ReferenceCustomerId, orderUri)).ToList(),
            order.CurrencyCode,
            order.CurrencySymbol,
            order.CreationDate,
            order.Status,
            includePrice ? order.TotalPrice : null,
            new OrderLinksJson(
                LinkJson.Get(orderUri),
                LinkJson.Get($"{orderUri}/provisioningstatus"),
                new LinkJson(orderUri, "PATCH", [])),
            new ResourceAttributesJson("Order"));
    }
}

internal sealed record OrderLinksJson(LinkJson Self, LinkJson ProvisioningStatus, LinkJson PatchOperation);
