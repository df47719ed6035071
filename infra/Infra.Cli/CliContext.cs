namespace Infra.Cli;

/// <summary>What every command needs from its surroundings: the app, where to write, the clock, and where the repository is.</summary>
/// <param name="App">The program the verbs synthesize, check and deploy (named only by the composition root, Program.cs).</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock: the only source of today's date and of signing times, so tests can set it.</param>
public sealed record CliContext(Model.IInfraApp App, TextWriter Output, TextWriter Error, TimeProvider Time)
{
    /// <summary>The repository root: <paramref name="explicitRoot"/>, or the nearest folder upwards holding Pulumi.yaml.</summary>
    public static string FindRepositoryRoot(string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            if (string.IsNullOrWhiteSpace(explicitRoot))
            {
                throw new InfraException("--root is empty: pass the repository folder (the one holding Pulumi.yaml), or leave --root out to use the nearest one above the current folder.");
            }

            var root = Path.GetFullPath(explicitRoot);
            return Directory.Exists(root)
                ? root
                : throw new InfraException($"--root {explicitRoot}: no such folder: pass the repository folder (the one holding Pulumi.yaml).");
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")) && Directory.Exists(Path.Combine(dir.FullName, "infra")))
            {
                return dir.FullName;
            }
        }

        throw new InfraException("Pulumi.yaml: not found in this folder or any above it. Run infra inside the repository, or pass --root <repository folder>.");
    }
}
