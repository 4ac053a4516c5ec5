using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary><c>/v1/customers/{customerId}/subscriptions</c>: list (all, or by order), get, and cancel (PATCH) subscriptions.</summary>
internal static class SubscriptionEndpoints
{
    /// <summary><c>GET .../subscriptions[?order_id=...]</c>: one page, like orders; an order id no subscription has gives none.</summary>
    public static IResult List(string customerId, HttpContext http, EmulatorState state)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out var error))
        {
            return error.ToResult();
        }

        string? orderId = http.Request.Query["order_id"];
        var now = state.Clock.GetUtcNow();
        var subscriptions = customer.Subscriptions
            .Where(subscription => string.IsNullOrEmpty(orderId) || subscription.Order.Id == orderId)
            .Select(subscription => SubscriptionJson.From(subscription, now))
            .ToList();
        return Results.Json(CollectionJson<SubscriptionJson>.Page(subscriptions, LinkJson.Get($"/customers/{customer.Id}/subscriptions")), ApiJson.Options);
    }

    /// <summary><c>GET .../subscriptions/{subscriptionId}</c></summary>
    public static IResult Get(string customerId, string subscriptionId, HttpContext http, EmulatorState state)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        return TryFind(state, partner, customerId, subscriptionId, out var subscription, out var error)
            ? Results.Json(SubscriptionJson.From(subscription, state.Clock.GetUtcNow()), ApiJson.Options)
            : error.ToResult();
    }

    /// <summary>
    /// <c>PATCH .../subscriptions/{subscriptionId}</c> with the status that cancels it: 200 and the subscription as it
    /// now is. Once every subscription of an order is deleted, the order reads cancelled. Idempotent by request id.
    /// </summary>
    public static async Task<IResult> ChangeStatusAsync(string customerId, string subscriptionId, HttpContext http, EmulatorState state, EmulatorKnobs knobs)
    {
        var (status, bodyError) = await SubscriptionStatusRequest.ReadAsync(http.Request.Body, subscriptionId, http.RequestAborted).ConfigureAwait(false);
        return IdempotentChange.Run(http, state, partner =>
        {
            if (!TryFind(state, partner, customerId, subscriptionId, out var subscription, out var error))
            {
                return IdempotentChange.Refusal(error);
            }

            if (bodyError is not null || status is null)
            {
                return IdempotentChange.Refusal(bodyError ?? ApiErrors.InvalidInput("the body must give the subscription's new 'status'."));
            }

            var now = state.Clock.GetUtcNow();
            if (SubscriptionCancellationRules.FindObjection(new SubscriptionChangeAttempt(subscription, status, now, knobs.Current)) is { } objection)
            {
                return IdempotentChange.Refusal(objection);
            }

            subscription.ChangeStatus(status);
            subscription.Order.CancelWhenEverySubscriptionIsDeleted();
            return new RecordedAnswer(StatusCodes.Status200OK, SubscriptionJson.From(subscription, now));
        });
    }

    /// <summary>The partner's own customer's subscription, or the answer: the customer's, else 404 20003.</summary>
    internal static bool TryFind(
        EmulatorState state,
        Partner partner,
        string customerId,
        string subscriptionId,
        [NotNullWhen(true)] out Subscription? subscription,
        [NotNullWhen(false)] out ApiError? error)
    {
        subscription = null;
        if (!CustomerAccess.TryFind(state, partner, customerId, out var customer, out error))
        {
            return false;
        }

        subscription = customer.FindSubscription(subscriptionId);
        error = subscription is null ? ApiErrors.SubscriptionNotFound(subscriptionId) : null;
        return subscription is not null;
    }
}
