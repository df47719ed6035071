using Infra.Permissions;
using Infra.Tests.Testing;

namespace Infra.Tests.Permissions;

public class RequirementTableCoverageTests
{
    /// <summary>
    /// The AWS types of the main roots whose tables are not in the repository yet. Delete this list when they are
    /// added; from then on every AWS type of the main roots must have its table.
    /// </summary>
    [TestCase("dev")]
    [TestCase("sit")]
    [TestCase("prod")]
    public void EveryAwsTypeOfTheMainRootHasARequirementTable(string stackName)
    {
        var table = RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));
        var types = StackHarness.Build(RepositoryFiles.Root, stackName).Main.CustomResources
            .Where(r => r.Package == "aws")
            .Select(r => r.Type)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        var missing = types.Where(t => table.Find(t) is null);

        Assert.That(types, Is.Not.Empty, "the main root holds AWS resources");
        Assert.That(missing, Is.Empty, $"AWS types of {stackName}'s main root without infra/IamRequirements/aws/<type>.yaml");
    }
}
