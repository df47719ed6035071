namespace Infra.Generator;

/// <summary>Finds the repository root (the folder with Infra.sln) from where the generator runs.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Infra.sln.</summary>
    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Infra.sln")))
            {
                return folder.FullName;
            }
        }

        throw new GeneratorException($"no Infra.sln at or above {start}: run the generator from inside the repository.");
    }
}
