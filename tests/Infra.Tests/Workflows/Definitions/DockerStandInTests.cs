using Infra.Processes;

namespace Infra.Tests.Workflows.Definitions;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class DockerStandInTests
{
    private string folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "the stand-in is a bash script");
        folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"infra-docker-{Guid.NewGuid():N}")).FullName;
    }

    [TearDown]
    public void RemoveFolder()
    {
        if (folder.Length > 0)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void DockerRunOutsideARehearsalSeesOnlyItsVariablesAndLeavesAReadOnlyVolumeUnchanged()
    {
        var bin = DockerStandIn.Install(Path.Combine(folder, "bin"));
        Directory.CreateDirectory(Path.Combine(folder, "box"));
        File.WriteAllText(Path.Combine(folder, "box", "file"), "original\n");
        const string Script = """
            docker run --rm -e INSIDE=given -v "$PWD/box:/data:ro" -w /data some/image:1 sh -c 'echo "${HOST_ONLY:-unset} $INSIDE $(cat file) $(command -v python)"; echo changed > file'
            """;

        var result = new ProcessRunner().Run("bash", ["-c", Script], folder, new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/bin:/bin", ["HOST_ONLY"] = "leaked" }, CancellationToken.None);

        Assert.That(result.ExitCode, Is.Zero, result.StandardError);
        Assert.That(result.StandardOutput, Is.EqualTo($"unset given original {bin}/python\n"), "the command must see only its -e variables, the volume mapped to its working directory, and the image's python");
        Assert.That(File.ReadAllText(Path.Combine(folder, "box", "file")), Is.EqualTo("original\n"), "a write into a read-only volume must not reach the host folder");
    }

    [Test]
    public void AnythingButDockerRunFailsNamingWhatIsNotRehearsed()
    {
        var bin = DockerStandIn.Install(Path.Combine(folder, "bin"));

        var result = new ProcessRunner().Run("bash", ["-c", "docker build ."], folder, new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/bin:/bin" }, CancellationToken.None);

        Assert.That(result.ExitCode, Is.Not.Zero, "an unrehearsed docker command must fail, not pass silently");
        Assert.That(result.StandardError, Does.Contain("'build .' is not rehearsed"));
    }
}
