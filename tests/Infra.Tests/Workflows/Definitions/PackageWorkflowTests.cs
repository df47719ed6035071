using System.Security.Cryptography;
using Infra.Processes;
using Infra.Tests.Testing;
using Infra.Workflows.Definitions;

namespace Infra.Tests.Workflows.Definitions;

/// <summary>The generated package job's steps, run with bash as the runner runs them, on a copy of the handlers.</summary>
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class PackageWorkflowTests
{
    private string workspace = string.Empty;

    [SetUp]
    public void CreateWorkspace()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the steps are bash scripts for an ubuntu runner");
        workspace = Path.Combine(Path.GetTempPath(), $"infra-package-{Guid.NewGuid():N}", "workspace");
        Directory.CreateDirectory(workspace);
    }

    [TearDown]
    public void RemoveWorkspace()
    {
        if (workspace.Length > 0)
        {
            Directory.Delete(Path.GetDirectoryName(workspace)!, recursive: true);
        }
    }

    [TestCase("order-processor", "order_processor")]
    [TestCase("product-api", "product_api")]
    public void TheImportCheckImportsTheHandlerWithTheVariablesTheFunctionGets(string service, string folder)
    {
        var (exit, error) = Process(DockerStandIn.HostPython, "-c", "import boto3, jinja2");
        Assert.That(exit, Is.Zero, $"{DockerStandIn.HostPython} needs boto3 and jinja2 to stand in for the Lambda image (apt-get install python3-boto3 python3-jinja2; .ci/run installs them): {error}");
        CopyHandler(folder, service);
        var bin = DockerStandIn.Install(Path.Combine(workspace, "..", "bin"));

        var result = StepShell.Run(GeneratedStep.Read(PackageWorkflow.FileName, "package", $"{service}: import the handler"), workspace, bin);

        Assert.That(result.Exit, Is.Zero, $"the package job's import check of {service} fails, so deploy-dev never deploys: {result.Output}");
    }

    [Test]
    public void TheZipStepGivesTheSameBytesForTheSameFilesWhateverTheirTimesModesAndOrder()
    {
        var zip = GeneratedStep.Read(PackageWorkflow.FileName, "package", "order-processor: zip");
        var first = BuildAndZip(zip, reverse: false, new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), UnixFileMode.GroupWrite);
        var second = BuildAndZip(zip, reverse: true, new DateTime(2026, 11, 7, 8, 30, 15, DateTimeKind.Utc), UnixFileMode.None);

        Assert.That(second, Is.EqualTo(first), "two runs of the zip step on the same files gave different zips: every plan would show the function changed and publish a new version");
    }

    [Test]
    public void TheBundleStepGivesTheSameBytesAndHashForTheSameZipsMadeAtDifferentTimes()
    {
        var bundle = GeneratedStep.Read(PackageWorkflow.FileName, "package", "Bundle the packages");
        var runs = new List<(string Hash, string Output)>();
        foreach (var time in new[] { new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTime(2026, 6, 7, 8, 9, 10, DateTimeKind.Utc) })
        {
            var lambda = Directory.CreateDirectory(Path.Combine(workspace, LambdaArtifact.PackageDirectory)).FullName;
            foreach (var name in new[] { "order-processor.zip", "product-api.zip" })
            {
                File.WriteAllText(Path.Combine(lambda, name), $"the zip of {name}");
                File.SetLastWriteTimeUtc(Path.Combine(lambda, name), time);
            }

            var result = StepShell.Run(bundle, workspace);
            Assert.That(result.Exit, Is.Zero, $"the bundle step failed: {result.Output}");
            runs.Add((Sha256(Path.Combine(workspace, LambdaArtifact.Bundle)), result.StepOutputs));
        }

        Assert.That(runs[1].Hash, Is.EqualTo(runs[0].Hash), "the bundle of the same zips differs between runs, so one commit has two artifact hashes");
        Assert.That(runs[1].Output, Is.EqualTo(runs[0].Output).And.Contain($"sha256={runs[0].Hash}"), "the step's sha256 output must be the bundle's hash, the same in both runs");
    }

    // The install step's result without pip (no index here): the handler's files, a nested package and an executable.
    private string BuildAndZip(GeneratedStep zip, bool reverse, DateTime time, UnixFileMode extraMode)
    {
        var build = Path.Combine(workspace, ".build/package/order-processor");
        if (Directory.Exists(build))
        {
            Directory.Delete(build, recursive: true);
        }

        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("infra/Handlers/order_processor"))
            .Where(f => !f.Contains("__pycache__", StringComparison.Ordinal))
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .Append((Name: "jinja2/__init__.py", Text: "__version__ = '3.1.6'\n"))
            .Append((Name: "bin/tool", Text: "#!/bin/sh\n"))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        if (reverse)
        {
            files.Reverse();
        }

        foreach (var (name, text) in files)
        {
            var path = Path.Combine(build, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead | extraMode;
            File.SetUnixFileMode(path, name == "bin/tool" ? mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : mode);
            File.SetLastWriteTimeUtc(path, time);
            time = time.AddMinutes(7);
        }

        var result = StepShell.Run(zip, workspace);
        Assert.That(result.Exit, Is.Zero, $"the zip step failed: {result.Output}");
        return Sha256(Path.Combine(workspace, ".build/lambda/order-processor.zip"));
    }

    private void CopyHandler(string folder, string service)
    {
        var build = Directory.CreateDirectory(Path.Combine(workspace, ".build/package", service)).FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.PathOf($"infra/Handlers/{folder}")))
        {
            File.Copy(file, Path.Combine(build, Path.GetFileName(file)));
        }
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static (int Exit, string Error) Process(string program, params string[] arguments)
    {
        if (!File.Exists(program))
        {
            return (-1, $"{program} does not exist");
        }

        var result = new ProcessRunner().Run(program, arguments, Path.GetTempPath(), null, CancellationToken.None);
        return (result.ExitCode, result.StandardError);
    }
}
