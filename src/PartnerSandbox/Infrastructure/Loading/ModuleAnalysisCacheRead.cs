using System.Management.Automation;
using System.Runtime.CompilerServices;

namespace PartnerSandbox.Infrastructure.Loading;

/// <summary>
/// Has PowerShell read its module analysis cache on a thread of its own (started by ModuleInitializer) while this
/// module is imported, instead of on the pipeline thread at the script's first autoloaded command
/// (ConvertTo-SecureString, in a runbook's connect line).
/// When the cache file is absent, PowerShell retries the read three times 25 ms apart before it starts an empty
/// cache (AnalysisCacheData.Get), and it writes the file only seconds after an analysis, so a short run never
/// leaves one: every fresh sandbox and every short runbook waits those 75 ms on its pipeline thread. Forcing the
/// cache's type initializer is all this does; PowerShell would run the same initializer at its first use, and the
/// runtime makes the pipeline thread wait for one already under way rather than run it twice.
/// </summary>
internal static class ModuleAnalysisCacheRead
{
    private const string CacheTypeName = "System.Management.Automation.AnalysisCache";

    /// <summary>
    /// Reads the cache, or waits for the read under way; returns false, having done nothing, when this PowerShell has
    /// no such type (a later version may rename it, and then only the 75 ms come back).
    /// </summary>
    public static bool Run()
    {
        var cacheType = typeof(PSObject).Assembly.GetType(CacheTypeName, throwOnError: false);
        if (cacheType is null)
        {
            return false;
        }

        RuntimeHelpers.RunClassConstructor(cacheType.TypeHandle);
        return true;
    }
}
