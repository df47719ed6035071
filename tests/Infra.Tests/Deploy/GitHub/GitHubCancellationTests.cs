using Infra.Deploy.GitHub;
using Infra.Tests.Deploy.Support;
using Octokit;

namespace Infra.Tests.Deploy.GitHub;

/// <summary>
/// The GitHub clients stop when the verb's token is cancelled: Octokit's calls take no token, so the caller stops
/// waiting and throws <see cref="OperationCanceledException"/> instead of an exit-4 "GitHub failed".
/// </summary>
[NonParallelizable]
public class GitHubCancellationTests
{
    [Test]
    public void ListingDeploymentRecordsStopsWhenCancelled()
    {
        using var server = new SilentServer();

        Cancellation.AssertStopsWhenCancelled(server, token => new OctokitDeploymentRecords(Client(server), "bbws", "platform").ListAsync("dev", 10, token), "deployment list");
    }

    [Test]
    public void ComparingCommitsStopsWhenCancelled()
    {
        using var server = new SilentServer();

        Cancellation.AssertStopsWhenCancelled(server, token => new OctokitRepositoryHistory(Client(server), "bbws", "platform").CompareAsync("main", "0123456789abcdef0123456789abcdef01234567", token), "commit comparison");
    }

    [Test]
    public void ATokenCancelledBeforeTheCallSendsNothing()
    {
        using var server = new SilentServer();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(() => new OctokitDeploymentRecords(Client(server), "bbws", "platform").ListAsync("dev", 10, cancellation.Token), Throws.InstanceOf<OperationCanceledException>(), "a cancelled verb must not start a GitHub call");
        Assert.That(server.Connections, Is.Zero, "nothing may be sent once the verb is cancelled");
    }

    private static GitHubClient Client(SilentServer server)
    {
        var client = new GitHubClient(new ProductHeaderValue("infra-tests"), new Uri(server.Url)) { Credentials = new Credentials("test-token") };
        client.SetRequestTimeout(TimeSpan.FromMinutes(10));
        return client;
    }
}
