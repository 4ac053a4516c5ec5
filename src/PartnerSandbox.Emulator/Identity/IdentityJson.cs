using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerSandbox.Emulator.Identity;

/// <summary>Identity endpoints speak OAuth's snake_case, unlike the camelCase Partner Center API.</summary>
internal static class IdentityJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
