using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>
/// Keeps the module's dependencies (the engine, MSAL, System.Text.Json and what they need) apart from other modules'.
/// On PowerShell 7 they load into an AssemblyLoadContext of their own, so Az.Accounts or Microsoft.Graph with
/// another MSAL can be imported before or after this module, and PowerShell 7.2's older System.Text.Json does not
/// stand in for the one the engine needs. On Windows PowerShell 5.1 they are resolved from the module's folders
/// whatever version is asked for, which is what binding redirects would do.
/// </summary>
internal static class DependencyIsolation
{
    /// <summary>The folder, beside the cmdlet assembly, that holds the isolated assemblies.</summary>
    public const string DependenciesFolder = "dependencies";

    private static int installed;

    public static void Install(string moduleDirectory)
    {
        var dependencies = Path.Combine(moduleDirectory, DependenciesFolder);
        // Only the assembled module has the folder; a build output (the hosted tests) resolves as usual.
        if (!Directory.Exists(dependencies) || Interlocked.Exchange(ref installed, 1) == 1)
        {
            return;
        }

        if (RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase))
        {
            FrameworkAssemblyResolver.Install(moduleDirectory, dependencies);
        }
        else
        {
            InstallLoadContext(dependencies);
        }
    }

    // Kept out of line: on .NET Framework this method is never compiled, so System.Runtime.Loader is never loaded.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void InstallLoadContext(string dependencies) => IsolatedLoadContext.Install(dependencies);
}
