using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// <c>/v1/customers/{customerId}/subscriptions/{subscriptionId}/azureEntitlements</c>: the Azure subscriptions under an
/// Azure plan, which must be cancelled before the plan can be suspended (azure-plan-manage, error 900115).
/// </summary>
internal static class AzureEntitlementEndpoints
{
    /// <summary>The only reason the docs show; the service's list of reasons is not published.</summary>
    private const string CompromiseReason = "compromise";

    /// <summary><c>GET .../azureEntitlements</c>: none for a subscription that is not an Azure plan.</summary>
    public static IResult List(string customerId, string subscriptionId, HttpContext http, EmulatorState state)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        if (!SubscriptionEndpoints.TryFind(state, partner, customerId, subscriptionId, out var plan, out var error))
        {
            return error.ToResult();
        }

        var entitlements = plan.AzureEntitlements.Select(entitlement => AzureEntitlementJson.From(entitlement, plan)).ToList();
        return Results.Json(CollectionJson<AzureEntitlementJson>.Page(entitlements, LinkJson.Get($"{SubscriptionJson.SelfUri(plan)}/azureEntitlements")), ApiJson.Options);
    }

    /// <summary>
    /// <c>POST .../azureEntitlements/{entitlementId}/cancel</c> with <c>{"cancellationReason": "compromise"}</c>: 200 and
    /// the entitlement, inactive at once (the docs say the status changes within about ten minutes; inferred: no delay).
    /// Cancelling an inactive one again changes nothing.
    /// </summary>
    public static async Task<IResult> CancelAsync(string customerId, string subscriptionId, string entitlementId, HttpContext http, EmulatorState state)
    {
        var (reason, bodyError) = await ReadReasonAsync(http).ConfigureAwait(false);
        return IdempotentChange.Run(http, state, partner =>
        {
            if (!SubscriptionEndpoints.TryFind(state, partner, customerId, subscriptionId, out var plan, out var error))
            {
                return IdempotentChange.Refusal(error);
            }

            if (bodyError is not null)
            {
                return IdempotentChange.Refusal(bodyError);
            }

            if (!string.Equals(reason, CompromiseReason, StringComparison.OrdinalIgnoreCase))
            {
                return IdempotentChange.Refusal(ApiErrors.InvalidCancellationReason(reason));
            }

            if (plan.AzureEntitlements.FirstOrDefault(candidate => candidate.Id.Equals(entitlementId, StringComparison.OrdinalIgnoreCase)) is not { } entitlement)
            {
                return IdempotentChange.Refusal(ApiErrors.AzureEntitlementNotFound(entitlementId));
            }

            if (entitlement.IsActive)
            {
                entitlement.Cancel();
            }

            return new RecordedAnswer(StatusCodes.Status200OK, AzureEntitlementJson.From(entitlement, plan));
        });
    }

    private static async Task<(string? Reason, ApiError? Error)> ReadReasonAsync(HttpContext http)
    {
        var missing = ApiErrors.InvalidInput("The Azure entitlement cancellation request content is required.");
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            return body.RootElement.ValueKind == JsonValueKind.Object ? (JsonProperties.String(body.RootElement, "cancellationReason"), null) : (null, missing);
        }
        catch (JsonException)
        {
            return (null, missing);
        }
    }
}
