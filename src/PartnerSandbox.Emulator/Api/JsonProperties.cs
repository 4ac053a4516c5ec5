using System;
using System.Linq;
using System.Text.Json;

namespace PartnerSandbox.Emulator.Api;

/// <summary>Reads request bodies the way the service does: property names in any case.</summary>
internal static class JsonProperties
{
    /// <returns>The first property of that name (ignoring case) with the wanted kind of value, if any.</returns>
    public static JsonElement? Find(JsonElement json, string name, JsonValueKind kind) =>
        json.EnumerateObject()
            .Where(property => property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == kind)
            .Select(property => (JsonElement?)property.Value)
            .FirstOrDefault();

    public static string? String(JsonElement json, string name) => Find(json, name, JsonValueKind.String)?.GetString();
}
