namespace Infra.Generator;

/// <summary>One run of the generator: write the generated files, or compare them with what is committed.</summary>
public static class GeneratorRun
{
    /// <summary>Generates every type of the overrides under <paramref name="root"/>; returns the exit code.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="check">True to compare only: 1 when any file is stale, missing or no longer generated.</param>
    /// <param name="output">Where the report goes.</param>
    public static int Run(string root, bool check, TextWriter output)
    {
        var generator = new ResourceGenerator(
            File.ReadAllText(Path.Combine(root, SchemaPaths.TerraformSchema)),
            File.ReadAllText(Path.Combine(root, SchemaPaths.PulumiSchema)),
            Overrides.Parse(File.ReadAllText(Path.Combine(root, SchemaPaths.Overrides))));
        var files = generator.GenerateAll();
        var expected = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var outputFolder = Path.Combine(root, SchemaPaths.OutputFolder);
        var orphans = Directory.EnumerateFiles(outputFolder, "*" + SchemaPaths.GeneratedSuffix, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !expected.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var stale = files.Where(f => !File.Exists(Path.Combine(root, f.Path)) || File.ReadAllText(Path.Combine(root, f.Path)) != f.Text).ToList();
        if (check)
        {
            foreach (var file in stale)
            {
                output.WriteLine($"{file.Path}: stale or missing: run `dotnet run --project infra/Infra.Generator` and commit the result.");
            }

            foreach (var orphan in orphans)
            {
                output.WriteLine($"{orphan}: no longer generated (its type left {SchemaPaths.Overrides}): delete it.");
            }

            return stale.Count + orphans.Count == 0 ? 0 : 1;
        }

        foreach (var file in stale)
        {
            var path = Path.Combine(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            output.WriteLine($"wrote {file.Path}");
        }

        foreach (var orphan in orphans)
        {
            File.Delete(Path.Combine(root, orphan));
            output.WriteLine($"deleted {orphan}");
        }

        output.WriteLine($"{files.Count} generated files, {stale.Count} written, {orphans.Count} deleted.");
        return 0;
    }
}
