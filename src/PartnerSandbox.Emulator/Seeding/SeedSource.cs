using System;
using System.IO;
using System.Text.Json;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>
/// Where seed data comes from, with the name that errors give it: a file on disk, a built-in seed, or the generator.
/// </summary>
internal sealed record SeedSource(string Name, Func<SeedDocument> Read)
{
    /// <summary>
    /// A <c>--seed</c> value: the name of a built-in seed (<see cref="BuiltInSeeds"/>), else a path. A file that has
    /// a built-in seed's name is still reached by a path such as <c>./demo</c>.
    /// </summary>
    public static SeedSource FromArgument(string value) => BuiltInSeeds.Contains(value) ? BuiltIn(value) : File(value);

    public static SeedSource File(string path) => new(path, () => ReadFile<SeedDocument>(path));

    public static SeedSource BuiltIn(string name)
    {
        var label = $"{name} (built in)";
        return new(label, () => ReadJson<SeedDocument>(label, () => BuiltInSeeds.Open(name)));
    }

    public static SeedSource Generated(GeneratedSeed spec) => new(spec.ToString(), () => SeedGenerator.Generate(spec));

    /// <summary>Reads a seed (or state) file, turning every way it can fail into a <see cref="SeedFileException"/>.</summary>
    public static T ReadFile<T>(string path)
        where T : class
    {
        try
        {
            return ReadJson<T>(path, () => System.IO.File.OpenRead(path));
        }
        catch (FileNotFoundException e)
        {
            throw new SeedFileException(path, $"cannot be read: {e.Message} The built-in seeds, given by name, are {string.Join(", ", BuiltInSeeds.Names)}.", e);
        }
        catch (IOException e)
        {
            throw new SeedFileException(path, $"cannot be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SeedFileException(path, $"cannot be read: {e.Message}", e);
        }
    }

    private static T ReadJson<T>(string name, Func<Stream> open)
        where T : class
    {
        try
        {
            using var stream = open();
            return JsonSerializer.Deserialize<T>(stream, SeedJson.Options)
                ?? throw new SeedFileException(name, "the file holds JSON null instead of an object with 'partners'.");
        }
        catch (JsonException e)
        {
            throw new SeedFileException(name, $"invalid seed JSON: {e.Message}", e);
        }
    }
}
