using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>An Entra ID (AADSTS) error as the token and discovery endpoints return it.</summary>
internal sealed record AadError(int StatusCode, string Error, int AadstsCode, string Message)
{
    public IResult ToResult(HttpContext http, TimeProvider clock)
    {
        var traceId = Guid.NewGuid().ToString();
        // MSAL sends its own correlation id as client-request-id; Entra echoes it.
        var correlationId = Guid.TryParse(http.Request.Headers["client-request-id"], out var clientRequestId)
            ? clientRequestId.ToString()
            : Guid.NewGuid().ToString();
        var timestamp = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var body = new AadErrorJson(
            Error,
            $"AADSTS{AadstsCode}: {Message} Trace ID: {traceId} Correlation ID: {correlationId} Timestamp: {timestamp}",
            [AadstsCode],
            timestamp,
            traceId,
            correlationId);
        return Results.Json(body, IdentityJson.Options, statusCode: StatusCode);
    }
}

internal sealed record AadErrorJson(
    string Error,
    string ErrorDescription,
    IReadOnlyList<int> ErrorCodes,
    string Timestamp,
    string TraceId,
    string CorrelationId);
