using System;
using System.IO;
using System.Text.Json;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>Where seed data comes from, with the name that errors give it: a file on disk, or the generator.</summary>
internal sealed record SeedSource(string Name, Func<SeedDocument> Read)
{
    public static SeedSource File(string path) => new(path, () => ReadFile<SeedDocument>(path));

    public static SeedSource Generated(GeneratedSeed spec) => new(spec.ToString(), () => SeedGenerator.Generate(spec));

    /// <summary>Reads a seed (or state) file, turning every way it can fail into a <see cref="SeedFileException"/>.</summary>
    public static T ReadFile<T>(string path)
        where T : class
    {
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, SeedJson.Options)
                ?? throw new SeedFileException(path, "the file holds JSON null instead of an object with 'partners'.");
        }
        catch (JsonException e)
        {
            throw new SeedFileException(path, $"invalid seed JSON: {e.Message}", e);
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
}
