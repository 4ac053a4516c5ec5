using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>
/// PowerShell 7: the load context of the module's dependencies folder. A library only the module brings (MSAL, the
/// engine) always loads here, so another module's version never meets ours. An assembly the runtime or PowerShell
/// also has (System.Text.Json, System.Diagnostics.DiagnosticSource, ...) loads here only when ours is newer (on
/// PowerShell 7.2, whose .NET 6 is older than what the engine needs); otherwise the default context's copy is
/// used, so the process keeps one of each. What is not in the folder at all comes from the default context, so
/// Span and friends stay one type. Each assembly is taken from the folder of this platform's ReadyToRun images
/// (<see cref="ReadyToRunPlatform"/>) when the build made one for it, else from the folder's own IL copy.
/// </summary>
internal sealed class IsolatedLoadContext : AssemblyLoadContext
{
    private const string EngineAssembly = "PartnerSandbox.Engine";
    private readonly string[] folders;
    private readonly PlatformAssemblies platform;

    private IsolatedLoadContext(string[] folders, PlatformAssemblies platform)
    {
        this.folders = folders;
        this.platform = platform;
    }

    public static void Install(string directory)
    {
        var context = new IsolatedLoadContext(new[] { Path.Combine(directory, ReadyToRunPlatform.Current), directory }, PlatformAssemblies.OfThisProcess());
        // The cmdlet assembly lives in the default context and refers to the engine, which the default context cannot
        // find (it is in the dependencies folder): hand it the isolated context's engine.
        Default.Resolving += (_, name) => name.Name == EngineAssembly ? context.LoadFromAssemblyName(name) : null;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = folders.Select(folder => Path.Combine(folder, assemblyName.Name + ".dll")).FirstOrDefault(File.Exists);
        if (path is null || platform.HasAtLeast(assemblyName.Name!, AssemblyName.GetAssemblyName(path).Version))
        {
            return null;
        }

        return LoadFromAssemblyPath(path);
    }
}
