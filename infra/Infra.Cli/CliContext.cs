namespace Infra.Cli;

/// <summary>What every command needs from its surroundings: where to write, and where the repository is.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliContext(TextWriter Output, TextWriter Error)
{
    /// <summary>The repository root: <paramref name="explicitRoot"/>, or the nearest folder upwards holding Pulumi.yaml.</summary>
    public static string FindRepositoryRoot(string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            return Path.GetFullPath(explicitRoot);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")) && Directory.Exists(Path.Combine(dir.FullName, "infra")))
            {
                return dir.FullName;
            }
        }

        throw new Model.InfraException("Pulumi.yaml: not found in this folder or any above it. Run infra inside the repository, or pass --root <repository folder>.");
    }
}
