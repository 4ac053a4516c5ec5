using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PartnerSandbox.Emulator.Admin.Faults;
using PartnerSandbox.Emulator.Api;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.Knobs;
using PartnerSandbox.Emulator.Seeding;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Admin;

/// <summary>
/// The test-mode admin API under the reserved <c>/_emulator</c> prefix (docs/emulator.md). It is not
/// mapped at all outside test mode, so there it answers 404 like any unknown path.
/// </summary>
internal static class AdminEndpoints
{
    public const string PathPrefix = "/_emulator";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup(PathPrefix);
        admin.MapPost("/faults", AddFaultAsync);
        admin.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        admin.MapGet("/requests", (RequestLog log) => Results.Json(log.Snapshot(), ApiJson.Options));
        admin.MapDelete("/requests", (RequestLog log) =>
        {
            log.Clear();
            return Results.NoContent();
        });
        admin.MapGet("/orders/{orderId}/changes", (string orderId, EmulatorState state) =>
            state.FindOrder(orderId) is { } order
                ? Results.Json(new OrderChangesJson(order.Id, order.StateChanges), ApiJson.Options)
                : ApiErrors.OrderNotFound(orderId).ToResult());
        admin.MapGet("/subscriptions/{subscriptionId}/changes", SubscriptionChanges);
        admin.MapPost("/reset", Reset);
        admin.MapGet("/clock", (EmulatorState state) => Results.Json(new ClockJson(state.Clock.GetUtcNow()), ApiJson.Options));
        admin.MapPost("/clock", AdvanceClockAsync);
        IdentityAdminEndpoints.Map(admin);
        FederationAdminEndpoints.Map(admin);
        KnobAdminEndpoints.Map(admin);
    }

    private static IResult SubscriptionChanges(string subscriptionId, EmulatorState state)
    {
        if (state.FindSubscription(subscriptionId) is not { } subscription)
        {
            return ApiErrors.SubscriptionNotFound(subscriptionId).ToResult();
        }

        var entitlements = subscription.AzureEntitlements.Select(entitlement => new EntitlementChangesJson(entitlement.Id, entitlement.StateChanges)).ToList();
        return Results.Json(new SubscriptionChangesJson(subscription.Id, subscription.StateChanges, entitlements.Count == 0 ? null : entitlements), ApiJson.Options);
    }

    private static async Task<IResult> AddFaultAsync(HttpContext http, FaultInjector faults)
    {
        var (request, problem) = await ReadBodyOrProblemAsync<FaultRequest>(http).ConfigureAwait(false);
        if (request is null)
        {
            return ApiErrors.InvalidInput($"the body must be a fault object: {problem ?? "it is null."}").ToResult();
        }

        if (!request.TryCreateRule(out var rule, out var error))
        {
            return error.ToResult();
        }

        faults.Add(rule);
        return Results.NoContent();
    }

    /// <summary>Back to the seeds as on disk now, with no faults, an empty request log and fresh rate-limit windows; the clock and the knobs stay as they are.</summary>
    private static IResult Reset(EmulatorState state, FaultInjector faults, RequestLog log, RateLimiter rateLimits)
    {
        try
        {
            state.Reset();
        }
        catch (SeedFileException e)
        {
            return ApiErrors.InvalidInput(e.Message).ToResult();
        }

        faults.Clear();
        log.Clear();
        rateLimits.Clear();
        return Results.NoContent();
    }

    private static async Task<IResult> AdvanceClockAsync(HttpContext http, EmulatorState state)
    {
        var request = await ReadBodyAsync<ClockRequest>(http).ConfigureAwait(false);
        if (request?.AdvanceDays is not (>= 0 and var days))
        {
            return ApiErrors.InvalidInput("the body must be {\"advanceDays\": <days>}, with days not negative: the clock only moves forward.").ToResult();
        }

        state.AdvanceClock(TimeSpan.FromDays(days));
        return Results.Json(new ClockJson(state.Clock.GetUtcNow()), ApiJson.Options);
    }

    /// <returns>Null when the body is not valid JSON for <typeparamref name="T"/>.</returns>
    internal static async Task<T?> ReadBodyAsync<T>(HttpContext http)
        where T : class => (await ReadBodyOrProblemAsync<T>(http).ConfigureAwait(false)).Body;

    /// <returns>The body, or null and the parser's account of where and why it is not valid JSON for <typeparamref name="T"/>.</returns>
    internal static async Task<(T? Body, string? Problem)> ReadBodyOrProblemAsync<T>(HttpContext http)
        where T : class
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(http.Request.Body, ApiJson.Options, http.RequestAborted).ConfigureAwait(false), null);
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }
}
