using Microsoft.AspNetCore.Http;
using PartnerSandbox.Emulator.Api.Contracts;

namespace PartnerSandbox.Emulator.Api;

/// <summary>A Partner Center error: an HTTP status, the service's code and its description.</summary>
internal sealed record ApiError(int StatusCode, long Code, string Description)
{
    private const string Source = "PartnerFD";

    public ErrorJson ToJson() => new(Code, Description, [], Source);

    public IResult ToResult() => Results.Json(ToJson(), ApiJson.Options, statusCode: StatusCode);
}
