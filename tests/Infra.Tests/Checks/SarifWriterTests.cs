using Infra.Checks;
using Infra.Rules;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Checks;

public class SarifWriterTests
{
    [TestCase(Severity.Info, "note")]
    [TestCase(Severity.Warning, "warning")]
    [TestCase(Severity.Error, "error")]
    public void EachSeverityIsWrittenAsItsSarifLevel(Severity severity, string level)
    {
        var report = new CheckReport([Finding(severity)], []);

        var result = JObject.Parse(SarifWriter.Write(report))["runs"]![0]!["results"]![0]!;

        Assert.That((string?)result["level"], Is.EqualTo(level), $"a {severity} finding must be a SARIF '{level}', or code scanning ranks it wrongly");
    }

    private static CheckFinding Finding(Severity severity) =>
        new(IamCoverageRule.RuleId, severity, "dev", null, "stacks/dev/bootstrap/terraform/main.tf.json", 1, "the bootstrap root is applied by an administrator", null);
}
