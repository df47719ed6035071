using System.Text.RegularExpressions;
using Infra.Model;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Model;

public class EngineVersionsTests
{
    [Test]
    public void EveryTerraformProviderPinIsTheVersionTheCommittedSchemaExtractDescribes()
    {
        var providers = (JObject)JObject.Parse(File.ReadAllText(RepositoryFiles.PathOf("infra/Schemas/terraform-schema.json")))["providers"]!;

        Assert.Multiple(() =>
        {
            Assert.That(EngineVersions.Providers.Select(p => p.Package), Is.EquivalentTo(providers.Properties().Select(p => p.Name)), "every provider of the schema extract needs a pin, and a pin without an extract checks nothing");
            foreach (var pin in EngineVersions.Providers)
            {
                var schema = providers[pin.Package];
                Assert.That(pin.TerraformSource, Is.EqualTo((string?)schema?["source"]), $"{pin.Package}: the pinned source must be the extract's");
                Assert.That(pin.TerraformVersion, Is.EqualTo((string?)schema?["version"]), $"{pin.Package}: the roots would run another provider than the one infra/Schemas/terraform-schema.json describes");
            }
        });
    }

    [Test]
    public void EveryPulumiPluginPinIsTheBridgeReleaseTheSchemaSourcesMatchToTheTerraformPin()
    {
        // A row of the packages table: | @pulumi/<package> | <version> | licence | upstream provider | ...
        var rows = File.ReadAllLines(RepositoryFiles.PathOf("infra/Schemas/SOURCES.md"))
            .Select(line => Regex.Match(line, @"^\| @pulumi/(?<package>[a-z]+) \| (?<version>[0-9.]+) \| [^|]+ \| (?<upstream>[^|]+) \|"))
            .Where(m => m.Success)
            .ToList();

        Assert.That(rows, Is.Not.Empty, "infra/Schemas/SOURCES.md must list the @pulumi packages it read");
        Assert.Multiple(() =>
        {
            foreach (var pin in EngineVersions.Providers)
            {
                var row = rows.FirstOrDefault(r => r.Groups["package"].Value == pin.Package && r.Groups["version"].Value == pin.PulumiVersion);
                var upstream = row?.Groups["upstream"].Value ?? string.Empty;
                Assert.That(row, Is.Not.Null, $"{pin.Package}: @pulumi/{pin.Package} {pin.PulumiVersion} is not a package infra/Schemas/SOURCES.md read, so nothing says it bridges {pin.TerraformSource} {pin.TerraformVersion}");
                Assert.That(upstream, Does.Contain($"{pin.Package} {pin.TerraformVersion}").And.Not.Contain("newer than"), $"{pin.Package}: SOURCES.md does not match @pulumi/{pin.Package} {pin.PulumiVersion} to {pin.TerraformSource} {pin.TerraformVersion} (it says '{upstream.Trim()}')");
            }
        });
    }

    [Test]
    public void APackageWithoutAPinIsRefusedWithWhereToAddIt()
    {
        var error = Assert.Throws<InfraException>(() => EngineVersions.Provider("tls"));

        Assert.That(error!.Message, Does.Contain("'tls'").And.Contain("EngineVersions.Providers"), "the message must name the package and the table to add it to");
    }

    [Test]
    public void PinsAreExactVersionsNotConstraints()
    {
        var exact = new Regex(@"^[0-9]+\.[0-9]+\.[0-9]+$");
        var versions = EngineVersions.Providers
            .SelectMany(p => new[] { ($"{p.Package} (Terraform)", p.TerraformVersion), ($"{p.Package} (Pulumi)", p.PulumiVersion) })
            .Prepend(("Terraform", EngineVersions.Terraform));

        Assert.That(versions.Where(v => !exact.IsMatch(v.Item2)).Select(v => $"{v.Item1}: '{v.Item2}'"), Is.Empty, "a constraint or a floating version lets dev, sit and prod resolve different builds: pin one exact version");
    }
}
