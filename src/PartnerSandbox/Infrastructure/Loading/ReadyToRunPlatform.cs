using System.Runtime.InteropServices;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>
/// The platform names (runtime identifiers: linux-x64, win-x64, osx-arm64) of the folders under dependencies/ that
/// hold the build's ReadyToRun images: the same assemblies, precompiled for PowerShell 7 on that platform, so that
/// the first sign-in of a process does not wait for the JIT compiler.
/// </summary>
internal static class ReadyToRunPlatform
{
    /// <summary>This process's platform, in the build's spelling.</summary>
    public static string Current => Name(CurrentSystem(), RuntimeInformation.ProcessArchitecture);

    internal static string Name(string system, Architecture architecture) => system + "-" + architecture.ToString().ToLowerInvariant();

    // RuntimeInformation.RuntimeIdentifier would say it in one call, but netstandard2.0 has no such property.
    private static string CurrentSystem() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : "linux";
}
