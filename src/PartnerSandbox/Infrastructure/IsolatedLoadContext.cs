using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace PartnerSandbox.Infrastructure
{
    /// <summary>
    /// PowerShell 7: the load context of everything in the module's dependencies folder. Whatever is not there (the
    /// framework's own assemblies) comes from the default context, so Span and friends stay one type.
    /// </summary>
    internal sealed class IsolatedLoadContext : AssemblyLoadContext
    {
        private const string EngineAssembly = "PartnerSandbox.Engine";
        private readonly string directory;

        private IsolatedLoadContext(string directory)
        {
            this.directory = directory;
        }

        public static void Install(string directory)
        {
            var context = new IsolatedLoadContext(directory);
            // The cmdlet assembly lives in the default context and refers to the engine, which the default context cannot
            // find (it is in the dependencies folder): hand it the isolated context's engine.
            Default.Resolving += (_, name) => name.Name == EngineAssembly ? context.LoadFromAssemblyName(name) : null;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
