using System.Collections.Generic;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>The service's error body: <c>{"code": 800061, "description": "...", "data": [], "source": "PartnerFD"}</c>.</summary>
internal sealed record ErrorJson(long Code, string Description, IReadOnlyList<string> Data, string Source);

/// <summary>
/// The API gateway's own body, which is not the error shape: <c>{"statusCode": 429, "message": "..."}</c> when
/// throttling, <c>{"statusCode": 404, "message": "Resource not found"}</c> for a route the service does not have.
/// </summary>
internal sealed record GatewayJson(int StatusCode, string Message);
