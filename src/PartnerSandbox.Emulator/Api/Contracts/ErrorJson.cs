using System.Collections.Generic;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>The service's error body: <c>{"code": 800061, "description": "...", "data": [], "source": "PartnerFD"}</c>.</summary>
internal sealed record ErrorJson(long Code, string Description, IReadOnlyList<string> Data, string Source);

/// <summary>The throttling body, which is not the error shape: <c>{"statusCode": 429, "message": "..."}</c>.</summary>
internal sealed record ThrottleJson(int StatusCode, string Message);
