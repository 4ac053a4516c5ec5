using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary><c>/v1/customers/{customerId}/orders</c>: list, get, create (POST) and cancel (PATCH) orders.</summary>
internal static class OrderEndpoints
{
    /// <summary>Order ids look like the service's (<c>UKXASSO1dezh3HdxClHxSp5UEFXGbAnt1</c>): not GUIDs, so clients treat them as opaque.</summary>
    private const string OrderIdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int OrderIdLength = 33;

    /// <summary>
    /// <c>GET .../orders[?billingType=..&amp;include_price=true]</c>; not paged, like the service.
    /// Orders created less than the order-listing delay ago are not listed yet.
    /// </summary>
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
        var now = state.Clock.GetUtcNow();
        var orders = customer.Orders
            .Where(order => order.ListedFrom <= now && (string.IsNullOrEmpty(billingType) || OpenEnumValue.Matches(order.BillingCycle, billingType)))
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
    /// <c>POST .../orders</c> with an Order body: 201 and the whole new order, created now by the
    /// emulator clock and completed. The catalog says what product it is; the sandbox limits apply.
    /// </summary>
    public static async Task<IResult> CreateAsync(string customerId, HttpContext http, EmulatorState state, EmulatorKnobs knobs)
    {
        var (draft, bodyError) = await CreateOrderRequest.ReadAsync(http.Request.Body, http.RequestAborted).ConfigureAwait(false);
        return IdempotentChange.Run(http, state, partner =>
        {
            if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error))
            {
                return IdempotentChange.Refusal(error);
            }

            if (bodyError is not null || draft is null)
            {
                return IdempotentChange.Refusal(bodyError ?? ApiErrors.InvalidInput("the body must be an order object."));
            }

            if (SandboxLimits.Check(partner, customer, draft) is { } limit)
            {
                return IdempotentChange.Refusal(limit);
            }

            var order = NewOrder(customer, draft, state.Clock.GetUtcNow(), knobs.Current.OrderListingDelay);
            state.AddOrder(customer, order);
            return new RecordedAnswer(StatusCodes.Status201Created, OrderJson.From(order, includePrice: false));
        });
    }

    /// <summary>
    /// <c>PATCH .../orders/{orderId}</c> with status cancelled. A repeat of a request id the
    /// partner already used gets the first answer again, and changes nothing.
    /// </summary>
    public static async Task<IResult> CancelAsync(string customerId, string orderId, HttpContext http, EmulatorState state, EmulatorKnobs knobs)
    {
        var bodyError = await CancelOrderRequest.CheckAsync(http.Request.Body, orderId, http.RequestAborted).ConfigureAwait(false);
        return IdempotentChange.Run(http, state, partner => Cancel(state, knobs.Current, partner, customerId, orderId, bodyError));
    }

    private static RecordedAnswer Cancel(EmulatorState state, KnobSettings knobs, Partner partner, string customerId, string orderId, ApiError? bodyError)
    {
        if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error))
        {
            return IdempotentChange.Refusal(error);
        }

        if (bodyError is not null)
        {
            return IdempotentChange.Refusal(bodyError);
        }

        if (customer.FindOrder(orderId) is not { } order)
        {
            return IdempotentChange.Refusal(ApiErrors.OrderNotFound(orderId));
        }

        if (OrderCancellationRules.FindObjection(new CancellationAttempt(partner, order, state.Clock.GetUtcNow(), knobs.CancellationWindowError)) is { } objection)
        {
            return IdempotentChange.Refusal(objection);
        }

        order.Cancel(state.Clock, knobs.CancellationDelay);
        return new RecordedAnswer(StatusCodes.Status200OK, OrderJson.From(order, includePrice: false));
    }

    private static Order NewOrder(Customer customer, OrderDraft draft, DateTimeOffset now, TimeSpan listingDelay)
    {
        var id = RandomNumberGenerator.GetString(OrderIdAlphabet, OrderIdLength);
        var lineItems = draft.LineItems
            .Select((lineItem, index) => new OrderLineItem(
                index,
                lineItem.OfferId,
                Guid.NewGuid().ToString(),
                lineItem.FriendlyName,
                lineItem.Quantity,
                lineItem.TermDuration,
                "New"))
            .ToList();
        return new Order(
            id,
            StableIds.Hex($"alternate:{id}", 12),
            customer.Id,
            draft.ProductType,
            now,
            OrderStatus.Completed,
            draft.BillingCycle ?? ProductCatalog.TypicalBillingCycle(draft.ProductType),
            "UserPurchase",
            "USD",
            CurrencySymbols.For("USD"),
            totalPrice: 0m,
            lineItems,
            listedFrom: now + listingDelay);
    }

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
