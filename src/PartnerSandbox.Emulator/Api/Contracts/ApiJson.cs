using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerSandbox.Emulator.Api.Contracts;

/// <summary>How the Partner Center API writes JSON: camelCase, and absent rather than null.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
    };
}
