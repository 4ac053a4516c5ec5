using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// Reads a PATCH subscription body: the whole Subscription resource with its status changed (as the docs send it) or
/// just <c>{"status": "deleted"}</c>. Only <c>status</c> is read, and <c>id</c> when given (property names in any case);
/// the emulator models cancellation, so every other field is left as it is. The JSON must be strict.
/// </summary>
internal static class SubscriptionStatusRequest
{
    public static async Task<(string? Status, ApiError? Error)> ReadAsync(Stream body, string subscriptionId, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return (null, ApiErrors.InvalidInput("the request body is not valid JSON."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ApiErrors.InvalidInput("the request body must be a subscription object."));
            }

            var id = JsonProperties.String(document.RootElement, "id");
            var status = JsonProperties.String(document.RootElement, "status");
            return (id, status) switch
            {
                (not null, _) when !id.Equals(subscriptionId, StringComparison.OrdinalIgnoreCase) =>
                    (null, ApiErrors.InvalidInput($"the subscription id in the body ('{id}') does not match the subscription id in the URL ('{subscriptionId}').")),
                (_, null) => (null, ApiErrors.InvalidInput("the body must give the subscription's new 'status'.")),
                _ when !SubscriptionStatus.All.Contains(status) => (null, ApiErrors.InvalidSubscriptionStatus(status)),
                _ => (status.ToLowerInvariant(), null),
            };
        }
    }
}
