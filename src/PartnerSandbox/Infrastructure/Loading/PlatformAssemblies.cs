using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>
/// The assemblies the process was started with (the runtime's and PowerShell's own: the trusted platform
/// assemblies), by name, with their versions read on demand.
/// </summary>
internal sealed class PlatformAssemblies
{
    private readonly Dictionary<string, string> pathsByName;
    private readonly Dictionary<string, Version?> versions = new(StringComparer.OrdinalIgnoreCase);

    internal PlatformAssemblies(IEnumerable<string> paths)
    {
        pathsByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            pathsByName[Path.GetFileNameWithoutExtension(path)] = path;
        }
    }

    public static PlatformAssemblies OfThisProcess() =>
        new((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty).Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when the process has an assembly of that name whose version is <paramref name="version"/> or newer.</summary>
    public bool HasAtLeast(string name, Version? version)
    {
        if (!pathsByName.TryGetValue(name, out var path))
        {
            return false;
        }

        lock (versions)
        {
            if (!versions.TryGetValue(name, out var platformVersion))
            {
                platformVersion = AssemblyName.GetAssemblyName(path).Version;
                versions[name] = platformVersion;
            }

            return platformVersion is not null && (version is null || platformVersion >= version);
        }
    }
}
