using System.Text.Json.Nodes;
using Infra.Cli.Commands;
using Infra.Deploy.GitHub;

namespace Infra.Tests.Deploy.Cli;

public class DeploymentsCommandTests
{
    private static readonly DeploymentRecord[] Records =
    [
        new(2, "dev", "fedcba9876543210fedcba9876543210fedcba98", string.Empty, new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), "success", new Dictionary<string, string> { ["f"] = "6" }) { Kind = DeploymentRecord.RollbackKind },
        new(1, "dev", "0123456789abcdef0123456789abcdef01234567", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), "failure", new Dictionary<string, string> { ["f"] = "7" }),
    ];

    [Test]
    public void TextListsTimeKindResultCommitArtifactAndVersionsNewestFirst()
    {
        var lines = DeploymentsCommand.Text("dev", Records).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Has.Length.EqualTo(3), "one header line and one line per record");
        Assert.That(lines[1], Does.StartWith("2026-03-02 09:30Z").And.Contain("rollback").And.Contain("success").And.Contain("fedcba987654").And.EndWith("f=6"), "the rollback line is incomplete");
        Assert.That(lines[2], Does.Contain("deploy").And.Contain("failure").And.Contain("9f86d081884c").And.EndWith("f=7"), "the deploy line must show the short artifact hash and versions");
    }

    [Test]
    public void JsonKeepsFullHashesForScripts()
    {
        var json = JsonNode.Parse(DeploymentsCommand.Json(Records))!.AsArray();

        Assert.That(json[1]!["artifactSha256"]!.GetValue<string>(), Has.Length.EqualTo(64), "the JSON must carry the full artifact hash");
        Assert.That(json[0]!["kind"]!.GetValue<string>(), Is.EqualTo("rollback"), "the JSON must say which records are rollbacks");
        Assert.That(json[0]!["createdAt"]!.GetValue<string>(), Is.EqualTo("2026-03-02T09:30:00Z"), "times must be UTC ISO 8601");
    }

    [Test]
    public void NoRecordsSaysSo() =>
        Assert.That(DeploymentsCommand.Text("sit", []), Does.Contain("no deployments recorded"), "an empty list must say there is nothing, not print a bare header");
}
