using System.Globalization;
using System.Reflection;
using Infra.Cli;

namespace Infra.Benchmarks;

/// <summary>
/// The benchmark started as a child: <c>host &lt;infra folder&gt; &lt;services&gt; &lt;infra arguments&gt;</c> runs
/// the <c>infra</c> command line against <see cref="ScaledPlatform"/>, with the CLI and library of the given folder
/// (a published, ReadyToRun-compiled CLI, or the one built beside the benchmark): the process measured is an
/// <c>infra</c> run of a larger program, and the product keeps no option for it.
/// </summary>
public static class ScaledHost
{
    /// <summary>The first argument that starts the host.</summary>
    public const string Verb = "host";

    /// <summary>The arguments that start the host for <paramref name="infraArguments"/>.</summary>
    public static IEnumerable<string> Arguments(string infraFolder, int services, IEnumerable<string> infraArguments) =>
        [Verb, infraFolder, services.ToString(CultureInfo.InvariantCulture), .. infraArguments];

    /// <summary>Runs the host with the arguments after <see cref="Verb"/>; returns infra's exit code.</summary>
    public static int Run(IReadOnlyList<string> arguments)
    {
        if (arguments.Count < 2 || !int.TryParse(arguments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var services))
        {
            Console.Error.WriteLine($"usage: {Verb} <infra folder> <services per stack> <infra arguments>");
            return 2;
        }

        var folder = Path.GetFullPath(arguments[0]);
        if (!File.Exists(Path.Combine(folder, "infra.dll")))
        {
            Console.Error.WriteLine($"{folder}: holds no infra.dll: pass the folder of a built or published infra CLI.");
            return 2;
        }

        // Started from the folder itself (the benchmark published as the CLI ships): its assemblies are this process's
        // own, already bound in the default context, the only one where a composite ReadyToRun image's code is used.
        if (Path.TrimEndingDirectorySeparator(Path.GetFullPath(AppContext.BaseDirectory)) == Path.TrimEndingDirectorySeparator(folder))
        {
            return RunInside(services, [.. arguments.Skip(2)]);
        }

        // The scaled program must bind to the folder's library, not to the copy built beside the benchmark: this
        // assembly is loaded again in a context that prefers the folder's assemblies, and runs there.
        var context = new InfraLoadContext(folder);
        var self = context.LoadFromAssemblyPath(typeof(ScaledHost).Assembly.Location);
        var inside = self.GetType(typeof(ScaledHost).FullName!, throwOnError: true)!
            .GetMethod(nameof(RunInside), BindingFlags.Static | BindingFlags.NonPublic)!;
        return (int)inside.Invoke(null, [services, arguments.Skip(2).ToArray()])!;
    }

    private static int RunInside(int services, string[] infraArguments)
    {
        var exit = InfraCli.Run(ScaledPlatform.With(services), infraArguments, Console.Out, Console.Error, TimeProvider.System);

        // Last line of standard error: what the collector did, for the benchmark's table.
        Console.Error.WriteLine(GcReport.Line());
        return exit;
    }
}
