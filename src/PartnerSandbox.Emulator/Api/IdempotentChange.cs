using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PartnerSandbox.Emulator.Api.Contracts;
using PartnerSandbox.Emulator.State;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// Runs a state-changing request (PATCH, POST or DELETE) under the state's gate, once per call: partner,
/// method, path and client <c>MS-RequestId</c>. A repeat of that call gets the first answer (status and
/// body) again and changes nothing; the same request id on another call is processed as the new request
/// it is. Requests without a request id are never repeats.
/// </summary>
internal static class IdempotentChange
{
    public static IResult Run(HttpContext http, EmulatorState state, Func<Partner, RecordedAnswer> change)
    {
        var partner = http.Features.GetRequiredFeature<CallingPartner>().Partner;
        var correlation = http.Features.GetRequiredFeature<RequestCorrelation>();
        var call = new IdempotencyKey(partner.TenantId, http.Request.Method, http.Request.Path.Value ?? string.Empty, correlation.RequestId);
        lock (state.Gate)
        {
            if (correlation.RequestIdFromClient && state.Idempotency.TryGet(call, out var earlier))
            {
                return ToResult(earlier);
            }

            var answer = change(partner);
            if (correlation.RequestIdFromClient)
            {
                state.Idempotency.Remember(call, answer);
            }

            return ToResult(answer);
        }
    }

    public static RecordedAnswer Refusal(ApiError error) => new(error.StatusCode, error.ToJson());

    private static IResult ToResult(RecordedAnswer answer) => answer.Body is null
        ? Results.StatusCode(answer.StatusCode)
        : Results.Json(answer.Body, ApiJson.Options, statusCode: answer.StatusCode);
}
