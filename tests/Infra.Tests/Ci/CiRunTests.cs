using System.Globalization;
using Infra.Processes;
using Infra.Tests.Testing;

namespace Infra.Tests.Ci;

/// <summary>
/// Functions of <c>.ci/run</c>, cut out of the script as it is and run with bash in a scratch folder, with a
/// <c>terraform</c> stand-in on <c>PATH</c> where the function calls it.
/// </summary>
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class CiRunTests
{
    // terraform by TF_STANDIN_MODE: offline (no registry: init fails on the provider download), online (init and validate
    // succeed), invalid (init succeeds, validate fails), broken (init fails on the configuration itself).
    private const string Terraform = """
        #!/bin/sh
        echo "$2" >> "$TF_STANDIN_LOG"
        case "$TF_STANDIN_MODE:$2" in
          offline:init) echo "Error: Failed to query available provider packages" >&2; exit 1 ;;
          broken:init) echo "Error: Unsupported block type" >&2; exit 1 ;;
          *:init) echo "Terraform has been successfully initialized!"; exit 0 ;;
          invalid:validate) echo "Error: Unsupported argument" >&2; exit 1 ;;
          *:validate) echo "Success! The configuration is valid."; exit 0 ;;
        esac
        exit 2
        """;

    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, ".ci/run is a bash script");
        folder = Path.Combine(Path.GetTempPath(), $"infra-ci-run-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        Directory.CreateDirectory(Path.Combine(folder, "stacks/dev/terraform"));
        Directory.CreateDirectory(Path.Combine(folder, "stacks/dev/bootstrap/terraform"));
        File.WriteAllText(Path.Combine(folder, "bin", "terraform"), Terraform.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(Path.Combine(folder, "bin", "terraform"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [TearDown]
    public void RemoveFolder()
    {
        if (folder.Length > 0)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase("offline", 0, "init,init")]
    [TestCase("online", 0, "init,validate,init,validate")]
    [TestCase("invalid", 1, "init,validate,init,validate")]
    [TestCase("broken", 1, "init,init")]
    public void TheTerraformStepAcceptsAnOfflineParseOrAFullValidateAndNothingElse(string mode, int exit, string calls)
    {
        var (code, output) = RunFunction("terraform_parse", string.Empty, new Dictionary<string, string> { ["TF_STANDIN_MODE"] = mode });

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(exit), $"terraform {mode}: .ci/run's terraform step returned {code}: {output}");
            Assert.That(string.Join(",", File.ReadAllLines(Path.Combine(folder, "terraform.log"))), Is.EqualTo(calls), $"terraform {mode}: a runner that downloads the providers must validate every root");
        });
    }

    [Test]
    public void TheCoverageStepFailsWhenTheTestsWroteNoReport()
    {
        Directory.CreateDirectory(Path.Combine(folder, ".build/test-results"));

        var (code, output) = RunFunction("coverage_gate", "results=.build/test-results");

        Assert.That(code, Is.Not.Zero, $"no coverage report must fail CI: {output}");
    }

    [TestCase(new[] { 0.85 }, 0)]
    [TestCase(new[] { 0.79 }, 1)]
    [TestCase(new[] { 0.85, 0.79 }, 1)]
    public void TheCoverageStepPassesOnlyWhenEveryReportReaches80Percent(double[] rates, int exit)
    {
        for (var i = 0; i < rates.Length; i++)
        {
            var report = Directory.CreateDirectory(Path.Combine(folder, ".build/test-results", $"run-{i}")).FullName;
            File.WriteAllText(Path.Combine(report, "coverage.cobertura.xml"), $"""<coverage line-rate="{rates[i].ToString(CultureInfo.InvariantCulture)}" branch-rate="0.5"></coverage>""");
        }

        var (code, output) = RunFunction("coverage_gate", "results=.build/test-results");

        Assert.That(code, Is.EqualTo(exit), $"line rates {string.Join(", ", rates)}: {output}");
    }

    // The function's text as .ci/run has it, from 'name() {' to the first closing brace at the start of a line.
    private static string Function(string name)
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf(".ci/run"));
        var start = Array.IndexOf(lines, $"{name}() {{");
        Assert.That(start, Is.GreaterThan(-1), $".ci/run has no function {name}");
        var end = Array.IndexOf(lines, "}", start);
        return string.Join('\n', lines[start..(end + 1)]);
    }

    private (int Exit, string Output) RunFunction(string name, string prelude, IReadOnlyDictionary<string, string>? env = null)
    {
        var script = Path.Combine(folder, "run.sh");
        File.WriteAllText(script, $"set -uo pipefail\n{prelude}\n{Function(name)}\n{name}\n");
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = Path.Combine(folder, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["TF_STANDIN_LOG"] = Path.Combine(folder, "terraform.log"),
        };
        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var result = new ProcessRunner().Run("bash", [script], folder, environment, CancellationToken.None);
        return (result.ExitCode, result.StandardOutput + result.StandardError);
    }
}
