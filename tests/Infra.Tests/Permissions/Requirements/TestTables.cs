using Infra.Permissions;

namespace Infra.Tests.Permissions;

/// <summary>A repository root in a temp folder holding a copy of the repository's requirement tables, for tests that change one.</summary>
internal static class TestTables
{
    /// <summary>Copies the repository's tables into <paramref name="folder"/> and loads them from there.</summary>
    public static RequirementTable Load(TempFolder folder, IamCatalog catalog)
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.Path(RequirementTable.Folder), "*.yaml"))
        {
            folder.Write(RequirementTable.Folder + "/" + System.IO.Path.GetFileName(file), File.ReadAllText(file));
        }

        return RequirementTable.Load(folder.Path, catalog);
    }

    /// <summary>As <see cref="Load"/>, with the table of <paramref name="type"/> replaced by <paramref name="yaml"/>.</summary>
    public static RequirementTable LoadWith(TempFolder folder, IamCatalog catalog, string type, string yaml)
    {
        Load(folder, catalog);
        folder.Write(RequirementTable.Folder + "/" + type + ".yaml", yaml);
        return RequirementTable.Load(folder.Path, catalog);
    }
}
