using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// Reads a PATCH order body. Both the minimal <c>{"id": "...", "status": "cancelled"}</c> and a
/// whole order with its status changed are accepted: only <c>id</c> and <c>status</c> are read
/// (property names in any case). The JSON must be strict: the published example's trailing comma is refused.
/// Any status but cancelled gets the service's code-0 answer for a value outside its OrderStatus enum.
/// </summary>
internal static class CancelOrderRequest
{
    /// <returns>Null when the body asks to cancel the order in the URL, else why not.</returns>
    public static async Task<ApiError?> CheckAsync(Stream body, string orderId, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return ApiErrors.InvalidInput("the request body is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ApiErrors.InvalidInput("the request body must be an order object.");
            }

            var id = JsonProperties.String(document.RootElement, "id");
            var status = JsonProperties.String(document.RootElement, "status");
            if (id != orderId)
            {
                return ApiErrors.InvalidInput($"the order id in the body ('{id}') does not match the order id in the URL ('{orderId}').");
            }

            return status switch
            {
                null => ApiErrors.InvalidInput($"the body must give the 'status' to change to, '{OrderStatus.Cancelled}'."),
                _ when OpenEnumValue.Matches(status, OrderStatus.Cancelled) => null,
                _ => ApiErrors.InvalidOrderStatus(status),
            };
        }
    }
}
