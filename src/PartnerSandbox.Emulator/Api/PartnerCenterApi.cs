using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace PartnerSandbox.Emulator.Api;

/// <summary>The Partner Center REST routes under <c>/v1</c> (contract section 4).</summary>
internal static class PartnerCenterApi
{
    public const string PathPrefix = "/v1";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var v1 = routes.MapGroup(PathPrefix);
        v1.MapGet("/customers", CustomerEndpoints.List);
        v1.MapGet("/customers/{customerId}", CustomerEndpoints.Get);
        v1.MapGet("/customers/{customerId}/orders", OrderEndpoints.List);
        v1.MapGet("/customers/{customerId}/orders/{orderId}", OrderEndpoints.Get);
        v1.MapPatch("/customers/{customerId}/orders/{orderId}", OrderEndpoints.CancelAsync);
    }
}
