using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary><c>/v1/customers/{customerId}/orders</c>: list, get and cancel (PATCH) orders.</summary>
internal static class OrderEndpoints
{
    /// <summary><c>GET .../orders[?billingType=..&amp;include_price=true]</c>; not paged, like the service.</summary>
    public static IResult List(string customerId, HttpContext http, EmulatorState state)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error))
        {
            return error.ToResult();
        }

        var query = http.Request.Query;
        if (!TryReadIncludePrice(query, out var includePrice, out var priceError))
        {
            return priceError.ToResult();
        }

        string? billingType = query["billingType"];
        var orders = customer.Orders
            .Where(order => string.IsNullOrEmpty(billingType) || OpenEnumValue.Matches(order.BillingCycle, billingType))
            .Select(order => OrderJson.From(order, includePrice))
            .ToList();
        return Results.Json(CollectionJson<OrderJson>.Page(orders, LinkJson.Get($"/customers/{customer.Id}/orders")), ApiJson.Options);
    }

    /// <summary><c>GET .../orders/{orderId}</c></summary>
    public static IResult Get(string customerId, string orderId, HttpContext http, EmulatorState state)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error))
        {
            return error.ToResult();
        }

        if (!TryReadIncludePrice(http.Request.Query, out var includePrice, out var priceError))
        {
            return priceError.ToResult();
        }

        return customer.FindOrder(orderId) is { } order
            ? Results.Json(OrderJson.From(order, includePrice), ApiJson.Options)
            : ApiErrors.OrderNotFound(orderId).ToResult();
    }

    /// <summary>
    /// <c>PATCH .../orders/{orderId}</c> with status cancelled. A repeat of a request id the
    /// partner already used gets the first answer again, and changes nothing.
    /// </summary>
    public static async Task<IResult> CancelAsync(string customerId, string orderId, HttpContext http, EmulatorState state)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        var correlation = http.Features.GetRequiredFeature<RequestCorrelation>();
        var bodyError = await CancelOrderRequest.CheckAsync(http.Request.Body, orderId, http.RequestAborted).ConfigureAwait(false);
        lock (state.Gate)
        {
            if (correlation.RequestIdFromClient && state.Idempotency.TryGet(partner.TenantId, correlation.RequestId, out var earlier))
            {
                return ToResult(earlier);
            }

            var answer = Cancel(state, partner, customerId, orderId, bodyError);
            if (correlation.RequestIdFromClient)
            {
                state.Idempotency.Remember(partner.TenantId, correlation.RequestId, answer);
            }

            return ToResult(answer);
        }
    }

    private static RecordedAnswer Cancel(EmulatorState state, Partner partner, string customerId, string orderId, ApiError? bodyError)
    {
        if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error))
        {
            return Refusal(error);
        }

        if (bodyError is not null)
        {
            return Refusal(bodyError);
        }

        if (customer.FindOrder(orderId) is not { } order)
        {
            return Refusal(ApiErrors.OrderNotFound(orderId));
        }

        if (OrderCancellationRules.FindObjection(new CancellationAttempt(partner, order, state.Clock.GetUtcNow())) is { } objection)
        {
            return Refusal(objection);
        }

        order.Cancel();
        return new RecordedAnswer(StatusCodes.Status200OK, OrderJson.From(order, includePrice: false));
    }

    private static RecordedAnswer Refusal(ApiError error) => new(error.StatusCode, error.ToJson());

    private static IResult ToResult(RecordedAnswer answer) => Results.Json(answer.Body, ApiJson.Options, statusCode: answer.StatusCode);

    private static bool TryReadIncludePrice(IQueryCollection query, out bool includePrice, [NotNullWhen(false)] out ApiError? error)
    {
        includePrice = false;
        error = null;
        string? value = query["include_price"];
        if (string.IsNullOrEmpty(value) || bool.TryParse(value, out includePrice))
        {
            return true;
        }

        error = ApiErrors.InvalidInput($"'include_price' must be true or false, got '{value}'.");
        return false;
    }
}
