using System.IO;
using System.Management.Automation;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>Runs when the module is imported, before any cmdlet touches the engine.</summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer
{
    public void OnImport() => DependencyIsolation.Install(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!);
}
