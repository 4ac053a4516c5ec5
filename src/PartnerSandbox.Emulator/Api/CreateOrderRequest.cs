using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>A line item someone asks to buy.</summary>
internal sealed record LineItemDraft(string OfferId, int Quantity, string FriendlyName, string TermDuration);

/// <summary>An order someone asks to create, its product type found from the catalog.</summary>
internal sealed record OrderDraft(ProductType ProductType, string? BillingCycle, IReadOnlyList<LineItemDraft> LineItems);

/// <summary>
/// Reads a create-order body: an Order with <c>lineItems</c> (<c>offerId</c> required;
/// <c>quantity</c> default 1, <c>friendlyName</c> default the offer id, <c>termDuration</c>) and an
/// optional <c>billingCycle</c> (default: the product's usual one). Property names in any case;
/// strict JSON. Every line item of one order must be of one product type.
/// </summary>
internal static class CreateOrderRequest
{
    public static async Task<(OrderDraft? Draft, ApiError? Error)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return TryRead(document.RootElement, out var draft, out var error) ? (draft, null) : (null, error);
        }
        catch (JsonException)
        {
            return (null, ApiErrors.InvalidInput("the request body is not valid JSON."));
        }
    }

    private static bool TryRead(JsonElement order, [NotNullWhen(true)] out OrderDraft? draft, [NotNullWhen(false)] out ApiError? error)
    {
        draft = null;
        error = null;
        if (order.ValueKind != JsonValueKind.Object
            || JsonProperties.Find(order, "lineItems", JsonValueKind.Array) is not { } items
            || items.GetArrayLength() == 0)
        {
            error = ApiErrors.InvalidInput("the body must be an order object with a non-empty 'lineItems' array.");
            return false;
        }

        var lineItems = new List<(LineItemDraft LineItem, ProductType ProductType)>();
        foreach (var item in items.EnumerateArray())
        {
            if (!TryReadLineItem(item, lineItems.Count, out var lineItem, out var productType, out error))
            {
                return false;
            }

            lineItems.Add((lineItem, productType));
        }

        if (lineItems.Select(entry => entry.ProductType).Distinct().Count() > 1)
        {
            error = ApiErrors.InvalidInput("all line items of one order must be of one product type; place separate orders.");
            return false;
        }

        draft = new OrderDraft(lineItems[0].ProductType, JsonProperties.String(order, "billingCycle"), [.. lineItems.Select(entry => entry.LineItem)]);
        return true;
    }

    private static bool TryReadLineItem(
        JsonElement item,
        int index,
        [NotNullWhen(true)] out LineItemDraft? lineItem,
        out ProductType productType,
        [NotNullWhen(false)] out ApiError? error)
    {
        lineItem = null;
        productType = default;
        error = null;
        var offerId = item.ValueKind == JsonValueKind.Object ? JsonProperties.String(item, "offerId") : null;
        if (string.IsNullOrWhiteSpace(offerId))
        {
            error = ApiErrors.InvalidInput($"lineItems[{index}] must be an object with an 'offerId'.");
            return false;
        }

        var quantity = 1;
        if (JsonProperties.Find(item, "quantity", JsonValueKind.Number) is { } number && (!number.TryGetInt32(out quantity) || quantity < 1))
        {
            error = ApiErrors.InvalidInput($"lineItems[{index}].quantity must be a whole number of at least 1, got {number}.");
            return false;
        }

        var termDuration = JsonProperties.String(item, "termDuration") ?? string.Empty;
        if (ProductCatalog.ProductTypeOf(offerId, termDuration) is not { } type)
        {
            error = ApiErrors.UnknownOffer(offerId);
            return false;
        }

        productType = type;
        lineItem = new LineItemDraft(offerId, quantity, JsonProperties.String(item, "friendlyName") ?? offerId, termDuration);
        return true;
    }
}
