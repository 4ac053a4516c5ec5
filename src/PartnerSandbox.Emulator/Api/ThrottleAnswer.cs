using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Api.Contracts;

namespace PartnerSandbox.Emulator.Api;

/// <summary>
/// The service's 429: <c>Retry-After: N</c> and a body that is not the error shape,
/// <c>{"statusCode":429,"message":"Rate limit is exceeded. Try again in N seconds."}</c> (contract section 7).
/// </summary>
internal static class ThrottleAnswer
{
    public static Task WriteAsync(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var body = new GatewayJson(StatusCodes.Status429TooManyRequests, $"Rate limit is exceeded. Try again in {retryAfterSeconds} seconds.");
        return Results.Json(body, ApiJson.Options, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
