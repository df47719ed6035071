using System.Reflection;
using System.Runtime.Loader;

namespace Infra.Benchmarks;

/// <summary>
/// Loads the assemblies of an <c>infra</c> CLI folder first and the benchmark's own after them; the framework comes
/// from the default context. So the benchmark's host runs the exact (e.g. ReadyToRun-compiled) code of that folder.
/// </summary>
/// <param name="folder">The CLI's folder, holding <c>infra.dll</c>.</param>
internal sealed class InfraLoadContext(string folder) : AssemblyLoadContext("infra")
{
    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        foreach (var candidate in new[] { folder, AppContext.BaseDirectory })
        {
            var path = Path.Combine(candidate, assemblyName.Name + ".dll");
            if (File.Exists(path))
            {
                return LoadFromAssemblyPath(path);
            }
        }

        return null;
    }
}
