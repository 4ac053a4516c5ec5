using System;

namespace PartnerSandbox.Emulator.Seeding;

/// <summary>A seed file is missing or malformed; the message names the file and the problem.</summary>
public sealed class SeedFileException : Exception
{
    public SeedFileException(string path, string problem, Exception? innerException = null)
        : base($"Seed file '{path}': {problem}", innerException)
    {
        Path = path;
    }

    public string Path { get; }
}
