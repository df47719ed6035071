using System.Diagnostics;
using System.Text;
using Infra.Configuration;
using Infra.Permissions;
using Infra.Tests.Testing;

namespace Infra.Tests.Configuration;

public class YamlInputTests
{
    private const string DevConfig = "config:\n  aws:region: eu-west-1\n  bbws:accountId: \"536580886816\"\n";

    private static InfraException LoadFails(TestRepository repo) =>
        Assert.Throws<InfraException>(() => ProjectConfig.Load(repo.Root))!;

    [Test]
    public void ATabInAStackFileIsReportedAtItsOwnLineAndColumn()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Write("Pulumi.dev.yaml", "config:\n  aws:region: eu-west-1\n\tbbws:accountId: \"536580886816\"\n");

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.StartWith("Pulumi.dev.yaml:3:1:"), "the tab is on line 3, column 1");
            Assert.That(error.Message, Does.Contain("tabs are not allowed in YAML indentation, use spaces"));
        });
    }

    [Test]
    public void ATabInPulumiYamlIsReportedAtItsOwnLine()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Replace("Pulumi.yaml", "  bbws:protect:\n    type: boolean\n", "  bbws:protect:\n  \ttype: boolean\n");
        var line = repo.Read("Pulumi.yaml").Split('\n').ToList().FindIndex(l => l.Contains('\t', StringComparison.Ordinal)) + 1;

        var error = Assert.Throws<InfraException>(() => ProjectFile.Load(repo.Root))!;

        Assert.That(error.Message, Does.StartWith($"Pulumi.yaml:{line}:3:").And.Contain("tabs are not allowed in YAML indentation, use spaces"));
    }

    [Test]
    public void ATabInAnEvidenceLedgerIsReportedAtItsOwnLine()
    {
        using var repo = TestRepository.CopyOfReal();
        var path = Path.Combine(repo.Root, "infra/Ledgers/github-plan.yaml");
        var lines = File.ReadAllText(path).Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("    resource:", StringComparison.Ordinal));
        lines[index] = "\t" + lines[index].TrimStart();
        File.WriteAllText(path, string.Join('\n', lines));

        var error = Assert.Throws<InfraException>(() => EvidenceLedger.Load(path))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.Contain($"github-plan.yaml:{index + 1}:1:").And.Contain("tabs are not allowed in YAML indentation, use spaces"));
        });
    }

    [TestCase("utf-16LE", "UTF-16LE")]
    [TestCase("utf-16BE", "UTF-16BE")]
    public void AUtf16FileWithoutBomIsNamedWithItsEncodingAndTheFix(string encoding, string name)
    {
        using var repo = TestRepository.CopyOfReal();
        var bytes = encoding == "utf-16LE" ? new UnicodeEncoding(false, false).GetBytes(DevConfig) : new UnicodeEncoding(true, false).GetBytes(DevConfig);
        File.WriteAllBytes(Path.Combine(repo.Root, "Pulumi.dev.yaml"), bytes);

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.StartWith("Pulumi.dev.yaml").And.Contain(name).And.Contain("save it as UTF-8"));
            Assert.That(error.Message.Contains('\0', StringComparison.Ordinal), Is.False, "the message must not carry NUL characters");
        });
    }

    [Test]
    public void AUtf8BomIsAccepted()
    {
        using var repo = TestRepository.CopyOfReal();
        File.WriteAllBytes(Path.Combine(repo.Root, "Pulumi.dev.yaml"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(DevConfig)]);

        Assert.That(ProjectConfig.Load(repo.Root).Stack("dev").AccountId, Is.EqualTo("536580886816"), "a UTF-8 BOM is still UTF-8");
    }

    [Test]
    public void InvalidUtf8BytesAreNamedWithTheirLine()
    {
        using var repo = TestRepository.CopyOfReal();
        var bytes = Encoding.UTF8.GetBytes("config:\n  aws:region: eu-west-1\n  bbws:accountId: \"536580886816\"\n  bbws:fromEmail: caf\u00e9@example.com\n").ToList();
        var at = bytes.IndexOf(0xC3);
        bytes[at] = 0xE9;
        bytes.RemoveAt(at + 1);
        File.WriteAllBytes(Path.Combine(repo.Root, "Pulumi.dev.yaml"), [.. bytes]);

        var error = LoadFails(repo);

        Assert.That(error.Message, Does.StartWith("Pulumi.dev.yaml:4:").And.Contain("not valid UTF-8").And.Contain("save it as UTF-8"));
    }

    [Test]
    public void AStackFileOverTheSizeLimitIsRefusedBeforeItIsParsed()
    {
        using var repo = TestRepository.CopyOfReal();
        var path = Path.Combine(repo.Root, "Pulumi.dev.yaml");
        using (var stream = File.Create(path))
        {
            var head = Encoding.UTF8.GetBytes(DevConfig + "  bbws:deployTags:\n");
            stream.Write(head);
            var item = Encoding.UTF8.GetBytes("    - v1\n");
            while (stream.Length < 100L * 1024 * 1024)
            {
                stream.Write(item);
            }
        }

        var watch = Stopwatch.StartNew();
        var error = LoadFails(repo);
        watch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.StartWith("Pulumi.dev.yaml").And.Contain("at most 1 MiB"));
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), "a huge file must be refused, not parsed");
        });
    }

    [Test]
    public void ADanglingSymlinkAsAStackFileExits2NamingTheFile()
    {
        using var repo = TestRepository.CopyOfReal();
        var path = Path.Combine(repo.Root, "Pulumi.dev.yaml");
        File.Delete(path);
        File.CreateSymbolicLink(path, "missing");

        var error = LoadFails(repo);

        Assert.Multiple(() =>
        {
            Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(error.Message, Does.StartWith("Pulumi.dev.yaml").And.Contain("symbolic link").And.Contain("missing"));
        });
    }
}
