using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PartnerSandbox.Emulator.Api;

/// <summary>The request and correlation ids of one API request, as a request feature.</summary>
/// <param name="RequestIdFromClient">Only a client-chosen request id is an idempotency key.</param>
internal sealed record RequestCorrelation(string RequestId, string CorrelationId, bool RequestIdFromClient);

/// <summary>
/// Echoes <c>MS-RequestId</c> and <c>MS-CorrelationId</c> (made up when absent) and adds
/// <c>MS-CV</c> and <c>MS-ServerId</c>, like the service (contract section 2).
/// </summary>
internal sealed class RequestCorrelationMiddleware(RequestDelegate next)
{
    private const string ServerId = "PartnerSandbox.Emulator";

    public Task InvokeAsync(HttpContext http)
    {
        string? clientRequestId = http.Request.Headers["MS-RequestId"];
        string? clientCorrelationId = http.Request.Headers["MS-CorrelationId"];
        var correlation = new RequestCorrelation(
            string.IsNullOrEmpty(clientRequestId) ? Guid.NewGuid().ToString() : clientRequestId,
            string.IsNullOrEmpty(clientCorrelationId) ? Guid.NewGuid().ToString() : clientCorrelationId,
            RequestIdFromClient: !string.IsNullOrEmpty(clientRequestId));
        http.Features.Set(correlation);

        var headers = http.Response.Headers;
        headers["MS-RequestId"] = correlation.RequestId;
        headers["MS-CorrelationId"] = correlation.CorrelationId;
        headers["MS-CV"] = NewCorrelationVector();
        headers["MS-ServerId"] = ServerId;
        return next(http);
    }

    /// <summary>A correlation vector's usual shape: a random base64 base and an extension.</summary>
    private static string NewCorrelationVector() => $"{Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=')}.0";
}
