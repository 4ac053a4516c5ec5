using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PartnerSandbox.Emulator.Api.Contracts;

namespace PartnerSandbox.Emulator.Api;

/// <summary>The Partner Center REST routes under <c>/v1</c> (contract section 4); the throttled ones per section 7.</summary>
internal static class PartnerCenterApi
{
    public const string PathPrefix = "/v1";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var v1 = routes.MapGroup(PathPrefix);
        v1.MapGet("/customers", CustomerEndpoints.List).WithMetadata(MfaReportedRoute.Instance);
        v1.MapGet("/customers/{customerId}", CustomerEndpoints.Get).WithMetadata(ThrottledRoute.Instance);
        v1.MapDelete("/customers/{customerId}", CustomerEndpoints.Delete);
        v1.MapGet("/customers/{customerId}/orders", OrderEndpoints.List).WithMetadata(ThrottledRoute.Instance);
        v1.MapPost("/customers/{customerId}/orders", OrderEndpoints.CreateAsync).WithMetadata(ThrottledRoute.Instance);
        v1.MapGet("/customers/{customerId}/orders/{orderId}", OrderEndpoints.Get).WithMetadata(ThrottledRoute.Instance);
        v1.MapPatch("/customers/{customerId}/orders/{orderId}", OrderEndpoints.CancelAsync).WithMetadata(ThrottledRoute.Instance);

        // The Subscription resource has the same 500-a-minute limit (subscription-resources).
        v1.MapGet("/customers/{customerId}/subscriptions", SubscriptionEndpoints.List).WithMetadata(ThrottledRoute.Instance);
        v1.MapGet("/customers/{customerId}/subscriptions/{subscriptionId}", SubscriptionEndpoints.Get).WithMetadata(ThrottledRoute.Instance);
        v1.MapPatch("/customers/{customerId}/subscriptions/{subscriptionId}", SubscriptionEndpoints.ChangeStatusAsync).WithMetadata(ThrottledRoute.Instance);
        v1.MapGet("/customers/{customerId}/subscriptions/{subscriptionId}/azureEntitlements", AzureEntitlementEndpoints.List);
        v1.MapPost("/customers/{customerId}/subscriptions/{subscriptionId}/azureEntitlements/{entitlementId}/cancel", AzureEntitlementEndpoints.CancelAsync);

        // Any other path or method (the provisioningStatus link every order carries included): the API gateway's own
        // 404 body, never an empty one. A catch-all has the lowest precedence, so it only takes what nothing else does.
        v1.Map("/{**path}", () => Results.Json(new GatewayJson(StatusCodes.Status404NotFound, "Resource not found"), ApiJson.Options, statusCode: StatusCodes.Status404NotFound));
    }
}
