using Infra.Cli.Commands;
using Infra.Deploy;
using Infra.Tests.Testing;

namespace Infra.Tests.Cli;

public class DeployCommandTests
{
    private static readonly StackTarget Dev = new("bbws", "dev", "536580886816", "eu-west-1");

    [Test]
    public void SavedPlansGoUnderTheRepositoryRootsBuildFolderWhateverTheWorkingFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "infra-deploy-command-tests", Guid.NewGuid().ToString("N"));

        var folder = DeployCommand.WorkDirectory(root, Dev);

        Assert.That(folder, Is.EqualTo(Path.Combine(root, ".build", "plans", "dev")), "plans belong under <repository root>/.build/plans/<stack>, not under the working folder");
    }

    [Test]
    public void SavedPlansAreIgnoredByTheRepositorysGitignore()
    {
        var root = Path.Combine(Path.GetTempPath(), "infra-deploy-command-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            Assert.That(TestGit.TryRun(root, "init", "-q").Exit, Is.Zero, "test setup: git init failed");
            File.Copy(RepositoryFiles.PathOf(".gitignore"), Path.Combine(root, ".gitignore"));
            var request = new DeployRequest(Dev, "abc1234", new string('0', 64), DeployCommand.WorkDirectory(root, Dev), Apply: false);

            foreach (var file in new[] { request.PlanFile, request.PlanJsonFile })
            {
                Assert.That(TestGit.TryRun(root, "check-ignore", "-q", Path.GetRelativePath(root, file)).Exit, Is.Zero, $"{Path.GetRelativePath(root, file)} is not ignored by .gitignore: a saved plan could be committed");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
