using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>How seed and state files are read and written: camelCase names and enum values, nulls left out.</summary>
internal static class SeedJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
