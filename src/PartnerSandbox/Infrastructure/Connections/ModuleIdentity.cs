using System.Globalization;
using System.Reflection;

namespace PartnerSandbox.Infrastructure.Connections;

/// <summary>How the module names itself to Partner Center (User-Agent).</summary>
internal static class ModuleIdentity
{
    public static string Version { get; } =
        typeof(ModuleIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string UserAgent { get; } = string.Format(CultureInfo.InvariantCulture, "PartnerSandbox/{0}", Version);
}
