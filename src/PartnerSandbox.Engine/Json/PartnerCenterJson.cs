using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerSandbox.Engine.Json;

/// <summary>The one set of serializer options for everything the engine reads from and sends to Partner Center.</summary>
internal static class PartnerCenterJson
{
    public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Numbers sometimes arrive quoted (quantities, prices); accept both.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
