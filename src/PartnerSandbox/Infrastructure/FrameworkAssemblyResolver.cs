using System;
using System.IO;
using System.Reflection;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// Windows PowerShell 5.1: a module gets no binding redirects, so a dependency asked for in another version than the
    /// one shipped would fail to load. This resolves every assembly the module ships from its own folders, whatever
    /// version is asked for.
    /// </summary>
    internal static class FrameworkAssemblyResolver
    {
        public static void Install(params string[] directories)
        {
            AppDomain.CurrentDomain.AssemblyResolve += (_, request) =>
            {
                var name = new AssemblyName(request.Name).Name;
                foreach (var directory in directories)
                {
                    var path = Path.Combine(directory, name + ".dll");
                    if (File.Exists(path))
                    {
                        return Assembly.LoadFrom(path);
                    }
                }

                return null;
            };
        }
    }
}
