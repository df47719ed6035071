using Octokit;

namespace Infra.Deploy.GitHub;

/// <summary>The one boundary around Octokit calls: whatever fails past it becomes an exit-4 error that names the call and the fix.</summary>
internal static class GitHubCalls
{
    /// <summary>
    /// Runs <paramref name="call"/>; a 4xx names the token permission <paramref name="permission"/> the job needs. A
    /// cancelled <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>: Octokit's calls
    /// take no token, so the caller stops waiting for the answer instead.
    /// </summary>
    public static async Task<T> Call<T>(string what, string permission, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException e) when ((int)e.StatusCode is > 0 and < 500 and not 429)
        {
            throw new InfraException($"GitHub: could not {what} ({(int)e.StatusCode}: {Aws.AwsErrors.OneLine(e.Message)}). Check GITHUB_TOKEN's '{permission}' permission and GITHUB_REPOSITORY, then run again.", ExitCodes.ExternalFailure, e);
        }
        catch (Exception e) when (e is not InfraException && !cancellationToken.IsCancellationRequested)
        {
            // Past this boundary is only Octokit and the network: whatever it throws for a 5xx, a timeout, a refused
            // connection or a body it cannot read is the external step failing, never a crash of ours.
            throw new InfraException($"GitHub: could not {what} ({Detail(e)}). Check the network and GITHUB_API_URL (when set), then run again later.", ExitCodes.ExternalFailure, e);
        }
    }

    /// <summary>A client for <c>GITHUB_API_URL</c> (or github.com) with <paramref name="token"/>.</summary>
    public static GitHubClient Client(string token)
    {
        var api = Environment.GetEnvironmentVariable("GITHUB_API_URL");
        var github = api is { Length: > 0 } ? new GitHubClient(new ProductHeaderValue("infra"), new Uri(api)) : new GitHubClient(new ProductHeaderValue("infra"));
        github.Credentials = new Credentials(token);
        github.SetRequestTimeout(ExternalCallSettings.FromEnvironment().AttemptTimeout);
        return github;
    }

    private static string Detail(Exception e) => e switch
    {
        ApiException api => $"{(int)api.StatusCode}: {Aws.AwsErrors.OneLine(api.Message)}",
        OperationCanceledException => $"no answer within {ExternalCallSettings.FromEnvironment().TimeoutText}",
        HttpRequestException or IOException => $"could not reach the API: {Aws.AwsErrors.OneLine(e.Message)}",
        _ => "the answer is malformed: not the GitHub API's JSON",
    };
}
