using System.IO;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
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
        // On a thread of its own, not the pool's: the read can sleep 75 ms, and the sign-in warm-up and Connect-PCSandbox
        // need the pool's few threads (one per core) meanwhile.
        Task.Factory.StartNew(ModuleAnalysisCacheRead.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    // Kept out of line so that the engine is loaded by the pool thread that runs it, not by the import.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task RunSignInWarmUp() => SignInWarmUp.RunOnceAsync();
}
