using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>
/// The seed files of tests/seeds/, embedded in the emulator (see its project file) so that the installed tool and
/// the single-file build load them by name (<c>--seed demo</c>) with no repository beside them. tests/seeds/ stays
/// the one place the files live: a file added there is a built-in seed of the next build.
/// </summary>
internal static class BuiltInSeeds
{
    private const string ResourcePrefix = "PartnerSandbox.Emulator.Seeds.";
    private const string ResourceSuffix = ".json";

    private static readonly Assembly Resources = typeof(BuiltInSeeds).Assembly;

    /// <summary>The names, sorted: the file names of tests/seeds/ without <c>.json</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = Resources.GetManifestResourceNames()
        .Where(resource => resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
        .Select(resource => resource[ResourcePrefix.Length..^ResourceSuffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <exception cref="ArgumentException">No built-in seed has that name.</exception>
    public static Stream Open(string name) =>
        Contains(name)
            ? Resources.GetManifestResourceStream(ResourcePrefix + name + ResourceSuffix)!
            : throw new ArgumentException($"There is no built-in seed '{name}'; the built-in seeds are {string.Join(", ", Names)}.", nameof(name));

    /// <summary>The first sentence of the seed's <c>_about</c> field: what it is for, for <c>--help</c>.</summary>
    public static string Summary(string name)
    {
        using var document = JsonDocument.Parse(Open(name));
        var about = document.RootElement.TryGetProperty("_about", out var value) ? value.GetString() ?? string.Empty : string.Empty;
        var end = about.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? about : about[..(end + 1)];
    }
}
