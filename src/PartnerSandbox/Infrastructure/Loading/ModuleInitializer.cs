using System.IO;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using PartnerSandbox.Engine.Authentication;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>Runs when the module is imported, before any cmdlet touches the engine.</summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer
{
    public void OnImport()
    {
        DependencyIsolation.Install(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!);
        // On a pool thread from the start: even loading the engine for it would hold up the import.
        Task.Run(RunSignInWarmUp);
    }

    // Kept out of line so that the engine is loaded by the pool thread that runs it, not by the import.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task RunSignInWarmUp() => SignInWarmUp.RunOnceAsync();
}
