using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>
/// Windows PowerShell 5.1: a module gets no binding redirects, so a dependency asked for in another version than the
/// one shipped would fail to load. This resolves the assemblies the module ships from its own folders, whatever
/// version is asked for, but only when the module's own assemblies ask: another module's failed load (its own
/// MSAL, say) is not answered with ours.
/// </summary>
internal static class FrameworkAssemblyResolver
{
    public static void Install(params string[] directories)
    {
        AppDomain.CurrentDomain.AssemblyResolve += (_, request) =>
        {
            if (!IsOurs(request.RequestingAssembly?.Location, directories))
            {
                return null;
            }

            var name = new AssemblyName(request.Name).Name;
            return directories.Select(directory => Path.Combine(directory, name + ".dll")).Where(File.Exists).Select(Assembly.LoadFrom).FirstOrDefault();
        };
    }

    /// <summary>True when the assembly at <paramref name="requestingLocation"/> was loaded from one of the module's folders.</summary>
    internal static bool IsOurs(string? requestingLocation, string[] directories)
    {
        if (string.IsNullOrEmpty(requestingLocation))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(requestingLocation));
        return directories.Any(directory => string.Equals(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar), folder, StringComparison.OrdinalIgnoreCase));
    }
}
