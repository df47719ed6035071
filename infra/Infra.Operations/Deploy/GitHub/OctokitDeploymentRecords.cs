using System.Globalization;
using Octokit;

namespace Infra.Deploy.GitHub;

/// <summary>
/// Deployment records in the GitHub Deployments API through Octokit. Ours carry task <c>deploy:infra</c> and a
/// payload with <c>tool: infra</c>, the artifact's SHA-256 and the run that wrote it; every other deployment is ignored.
/// </summary>
public sealed class OctokitDeploymentRecords : IDeploymentRecords
{
    private const string Marker = "infra";
    private const int MaxDescription = 140;
    private readonly IGitHubClient client;
    private readonly string owner;
    private readonly string repository;
    private readonly RunPayload run;

    /// <summary>Creates the adapter for <paramref name="owner"/>/<paramref name="repository"/>; records it starts name <paramref name="run"/>.</summary>
    public OctokitDeploymentRecords(IGitHubClient client, string owner, string repository, RunPayload? run = null)
    {
        this.client = client;
        this.owner = owner;
        this.repository = repository;
        this.run = run ?? new RunPayload(null, null);
    }

    /// <summary>A client from <c>GITHUB_TOKEN</c> and <c>GITHUB_REPOSITORY</c> (as set in GitHub Actions), or an exit-3 error.</summary>
    public static OctokitDeploymentRecords FromEnvironment()
    {
        var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        var repo = Environment.GetEnvironmentVariable("GITHUB_REPOSITORY");
        if (string.IsNullOrEmpty(token) || repo?.Split('/') is not [var owner, var name])
        {
            throw new InfraException("GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) must be set to read and write deployment records; in GitHub Actions give the job 'permissions: deployments: write'.", ExitCodes.EnvironmentRefused);
        }

        return new OctokitDeploymentRecords(GitHubCalls.Client(token), owner, name, RunPayload.FromEnvironment());
    }

    /// <inheritdoc/>
    public async Task<DeploymentRecord?> FindSuccessfulAsync(string environment, string commit, string artifactSha256, CancellationToken cancellationToken)
    {
        foreach (var record in await ReadAsync(environment, commit, 30, cancellationToken).ConfigureAwait(false))
        {
            if (record.State == "success" && record.Kind == DeploymentRecord.DeployKind && string.Equals(record.ArtifactSha256, artifactSha256, StringComparison.OrdinalIgnoreCase))
            {
                return record;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public Task<long> StartAsync(string environment, string commit, string artifactSha256, string description, CancellationToken cancellationToken) =>
        CreateAsync(environment, commit, DeploymentRecord.DeployKind, artifactSha256, description, cancellationToken);

    /// <inheritdoc/>
    public Task<long> StartRollbackAsync(string environment, string commit, string description, CancellationToken cancellationToken) =>
        CreateAsync(environment, commit, DeploymentRecord.RollbackKind, string.Empty, description, cancellationToken);

    private async Task<long> CreateAsync(string environment, string commit, string kind, string artifactSha256, string description, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, string> { ["tool"] = Marker, ["kind"] = kind, ["artifactSha256"] = artifactSha256 };
        if (run.RunId is not null)
        {
            payload[RunPayload.RunIdKey] = run.RunId;
        }

        if (run.WorkflowRef is not null)
        {
            payload[RunPayload.WorkflowRefKey] = run.WorkflowRef;
        }

        var deployment = await Call("create a deployment", () => client.Repository.Deployment.Create(owner, repository, new NewDeployment(commit)
        {
            Environment = environment,
            Task = IDeploymentRecords.Task,
            Description = description,
            AutoMerge = false,
            RequiredContexts = new System.Collections.ObjectModel.Collection<string>(),
            Payload = payload,
            ProductionEnvironment = environment == StackTarget.ProductionStack,
        }), cancellationToken).ConfigureAwait(false);
        if (deployment is null || deployment.Id == 0)
        {
            throw new InfraException("GitHub: could not create a deployment (the answer is malformed: no deployment id). Check the network and GITHUB_API_URL (when set), then run again later.", ExitCodes.ExternalFailure);
        }

        await Call("set a deployment status", () => client.Repository.Deployment.Status.Create(owner, repository, deployment.Id, new NewDeploymentStatus(DeploymentState.InProgress) { Description = description }), cancellationToken).ConfigureAwait(false);
        return deployment.Id;
    }

    /// <inheritdoc/>
    public Task FinishAsync(long id, bool success, string description, IReadOnlyDictionary<string, string> versions, CancellationToken cancellationToken)
    {
        var suffix = $" [{string.Join(",", versions.Select(v => $"{v.Key}={v.Value}"))}]";

        // GitHub truncates nothing: a status description over 140 characters is rejected. The versions are the
        // record's data (rollback reads them back), so the free text is shortened first.
        var room = Math.Max(0, MaxDescription - suffix.Length);
        var text = (description.Length <= room ? description : description[..room]) + suffix;
        text = text.Length <= MaxDescription ? text : text[..MaxDescription];
        return Call("set a deployment status", () => client.Repository.Deployment.Status.Create(owner, repository, id, new NewDeploymentStatus(success ? DeploymentState.Success : DeploymentState.Failure) { Description = text }), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<DeploymentRecord>> ListAsync(string environment, int count, CancellationToken cancellationToken) => ReadAsync(environment, null, count, cancellationToken);

    private async Task<IReadOnlyList<DeploymentRecord>> ReadAsync(string environment, string? commit, int count, CancellationToken cancellationToken)
    {
        // Octokit lists without filters: the newest 300 are read and filtered here.
        var deployments = await Call("list deployments", () => client.Repository.Deployment.GetAll(owner, repository, new ApiOptions { PageSize = 100, PageCount = 3 }), cancellationToken).ConfigureAwait(false);
        if (deployments.Any(d => d is null || d.Id == 0 || d.Sha is null))
        {
            throw new InfraException("GitHub: could not list deployments (the answer is malformed: a deployment without id or sha). Check the network and GITHUB_API_URL (when set), then run again later.", ExitCodes.ExternalFailure);
        }

        var records = new List<DeploymentRecord>();
        var ours = deployments.Where(d => IsOurs(d) && d.Environment == environment && (commit is null || d.Sha == commit));
        foreach (var deployment in ours.OrderByDescending(d => d.CreatedAt).Take(count))
        {
            var statuses = await Call("read deployment statuses", () => client.Repository.Deployment.Status.GetAll(owner, repository, deployment.Id), cancellationToken).ConfigureAwait(false);
            var latest = statuses.OrderByDescending(s => s.CreatedAt).FirstOrDefault();
            var state = latest?.State.StringValue ?? "pending";
            var versions = ParseVersions(latest?.Description);
            records.Add(new DeploymentRecord(deployment.Id, environment, deployment.Sha, Payload(deployment, "artifactSha256") ?? string.Empty, deployment.CreatedAt, state, versions)
            {
                // Records written before rollbacks were recorded carry no kind: they are deploys.
                Kind = Payload(deployment, "kind") ?? DeploymentRecord.DeployKind,
                RunId = long.TryParse(Payload(deployment, RunPayload.RunIdKey), NumberStyles.None, CultureInfo.InvariantCulture, out var runId) ? runId : null,
                WorkflowRef = Payload(deployment, RunPayload.WorkflowRefKey),
            });
        }

        return records;
    }

    private static bool IsOurs(Deployment deployment) => deployment.Task == IDeploymentRecords.Task && Payload(deployment, "tool") == Marker;

    private static string? Payload(Deployment deployment, string key) =>
        deployment.Payload is { } payload && payload.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static IReadOnlyDictionary<string, string> ParseVersions(string? description)
    {
        var start = description?.LastIndexOf('[') ?? -1;
        if (description is null || start < 0 || !description.EndsWith(']'))
        {
            return new Dictionary<string, string>();
        }

        return description[(start + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    private static Task<T> Call<T>(string what, Func<Task<T>> call, CancellationToken cancellationToken) => GitHubCalls.Call(what, "deployments: write", call, cancellationToken);
}
