using System.Text;
using Infra.Tests.Testing;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// The <c>uses:</c> steps, replaced by what they do to the job's files and variables: checkout clones the rehearsal's
/// repository, the setup actions record themselves, upload/download-artifact copy to and from the run's artifact
/// folder, configure-aws-credentials sets the variables the real action sets, the PR comment and SARIF upload read their
/// file. Any other action fails, naming it.
/// </summary>
internal sealed class ActionStandIns
{
    private readonly string repository;
    private readonly string artifacts;
    private readonly RehearsalCloud cloud;

    public ActionStandIns(string repository, string artifacts, RehearsalCloud cloud)
    {
        this.repository = repository;
        this.artifacts = artifacts;
        this.cloud = cloud;
    }

    /// <summary>Each role asked for, with the job that asked.</summary>
    public List<(string Job, string Role)> Roles { get; } = [];

    /// <summary>The installation token the GitHub App stand-in mints (a test tells it from <c>GITHUB_TOKEN</c> by it).</summary>
    public const string AppToken = "ghs_app_rehearsal";

    /// <summary>
    /// Runs the action, adding its outputs to <paramref name="outputs"/>; returns false (with the reason in
    /// <paramref name="log"/>) when the real one would fail.
    /// </summary>
    public bool Run(string uses, IReadOnlyDictionary<string, string> with, JobState job, string runId, string sha, StringBuilder log, Dictionary<string, string> outputs)
    {
        var name = uses.Split('@')[0];
        switch (name)
        {
            case "actions/checkout":
                return Checkout(with, job, sha, log);
            case "actions/setup-dotnet" or "actions/setup-python" or "actions/setup-node" or "hashicorp/setup-terraform" or "pulumi/actions" or "pulumi/setup-pulumi":
                log.AppendLine($"{uses}: set up (the rehearsal uses the tools already installed)");
                return true;
            case "actions/upload-artifact":
                return Upload(with, job, runId, log);
            case "actions/download-artifact":
                return Download(with, job, runId, log);
            case "aws-actions/configure-aws-credentials":
                return Credentials(with, job, log);
            case "marocchino/sticky-pull-request-comment":
                return Reads(uses, with, "path", job, log);
            case "github/codeql-action/upload-sarif":
                return Reads(uses, with, "sarif_file", job, log);
            case "actions/create-github-app-token":
                return AppInstallationToken(with, log, outputs);
            default:
                log.AppendLine($"no stand-in for {uses}: the rehearsal must learn what it does before a workflow may use it");
                return false;
        }
    }

    // The real action fails without the App's id or key (an unset variable or secret is empty).
    private static bool AppInstallationToken(IReadOnlyDictionary<string, string> with, StringBuilder log, Dictionary<string, string> outputs)
    {
        foreach (var input in new[] { "app-id", "private-key" })
        {
            if (Value(with, input).Length == 0)
            {
                log.AppendLine($"actions/create-github-app-token: Input required and not supplied: {input}");
                return false;
            }
        }

        outputs["token"] = AppToken;
        outputs["app-slug"] = "bbws-rehearsal-app";
        outputs["installation-id"] = "1";
        log.AppendLine($"actions/create-github-app-token: token for app {Value(with, "app-id")} ({string.Join(", ", with.Keys.Where(k => k.StartsWith("permission-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))})");
        return true;
    }

    private static string Value(IReadOnlyDictionary<string, string> with, string name, string fallback = "") =>
        with.TryGetValue(name, out var value) && value.Length > 0 ? value : fallback;

    // An action whose only effect the rehearsal can check is reading a file an earlier step wrote.
    private static bool Reads(string uses, IReadOnlyDictionary<string, string> with, string input, JobState job, StringBuilder log)
    {
        var file = Path.Combine(job.Workspace, Value(with, input));
        if (Value(with, input).Length == 0 || !File.Exists(file))
        {
            log.AppendLine($"{uses}: {input} '{Value(with, input)}' does not exist");
            return false;
        }

        log.AppendLine($"{uses}: read {Value(with, input)} ({new FileInfo(file).Length} bytes)");
        return true;
    }

    private static void CopyTree(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(to);
            File.Copy(from, Path.Combine(to, Path.GetFileName(from)), overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private bool Checkout(IReadOnlyDictionary<string, string> with, JobState job, string sha, StringBuilder log)
    {
        // Every job clones the whole history (fetch-depth is honoured loosely: 0 and 1 both give it), into the
        // workspace or into 'path' under it, as the action does (a clone into a path leaves the rest alone).
        var folder = Path.GetFullPath(Path.Combine(job.Workspace, Value(with, "path", ".")));
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var (exit, error) = TestGit.TryRun(folder, "clone", "-q", repository, ".");
        var target = Value(with, "ref", sha);
        if (exit == 0)
        {
            (exit, error) = TestGit.TryRun(folder, "checkout", "-q", "--detach", target);
        }

        log.AppendLine($"actions/checkout: {target}{(exit == 0 ? string.Empty : " failed: " + error)}");
        return exit == 0;
    }

    private bool Upload(IReadOnlyDictionary<string, string> with, JobState job, string runId, StringBuilder log)
    {
        var name = Value(with, "name", "artifact");
        var source = Path.Combine(job.Workspace, Value(with, "path"));
        var target = Path.Combine(artifacts, runId, name);
        if (Directory.Exists(target))
        {
            log.AppendLine($"actions/upload-artifact: an artifact named {name} already exists in run {runId} (v4 artifacts are immutable)");
            return false;
        }

        var found = File.Exists(source) || (Directory.Exists(source) && Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Any());
        if (!found)
        {
            var mode = Value(with, "if-no-files-found", "warn");
            log.AppendLine($"actions/upload-artifact: no files were found with the provided path: {Value(with, "path")} (if-no-files-found: {mode})");
            return mode != "error";
        }

        CopyTree(source, target);
        log.AppendLine($"actions/upload-artifact: {name} from {Value(with, "path")}");
        return true;
    }

    private bool Download(IReadOnlyDictionary<string, string> with, JobState job, string runId, StringBuilder log)
    {
        var name = Value(with, "name");
        var fromRun = Value(with, "run-id", runId);
        if (fromRun != runId && Value(with, "github-token").Length == 0)
        {
            log.AppendLine("actions/download-artifact: run-id of another run needs github-token");
            return false;
        }

        var source = Path.Combine(artifacts, fromRun, name);
        if (name.Length == 0 || !Directory.Exists(source))
        {
            log.AppendLine($"actions/download-artifact: Unable to download artifact(s): Artifact not found for name: {name} (run {fromRun})");
            return false;
        }

        CopyTree(source, Path.Combine(job.Workspace, Value(with, "path", ".")));
        log.AppendLine($"actions/download-artifact: {name} from run {fromRun}");
        return true;
    }

    private bool Credentials(IReadOnlyDictionary<string, string> with, JobState job, StringBuilder log)
    {
        var role = Value(with, "role-to-assume");
        var region = Value(with, "aws-region");
        if (region.Length == 0)
        {
            log.AppendLine("aws-actions/configure-aws-credentials: Input required and not supplied: aws-region");
            return false;
        }

        if (role.Length == 0)
        {
            log.AppendLine("aws-actions/configure-aws-credentials: Credentials could not be loaded, please check your action inputs (no role-to-assume)");
            return false;
        }

        Roles.Add((job.Id, role));
        var parts = role.Split(':');
        var account = parts.Length > 4 ? parts[4] : string.Empty;
        var allowed = Value(with, "allowed-account-ids");
        if (allowed.Length > 0 && !allowed.Split(',').Select(a => a.Trim()).Contains(account))
        {
            log.AppendLine($"aws-actions/configure-aws-credentials: The account ID of the provided credentials ({account}) is not in 'allowed-account-ids' ({allowed})");
            return false;
        }

        job.Env["AWS_REGION"] = region;
        job.Env["AWS_DEFAULT_REGION"] = region;
        job.Env["AWS_ACCESS_KEY_ID"] = cloud.Issue(role);
        job.Env["AWS_SECRET_ACCESS_KEY"] = "rehearsal-secret";
        job.Env["AWS_SESSION_TOKEN"] = "rehearsal-session-token";
        log.AppendLine($"aws-actions/configure-aws-credentials: assumed {role} in {region}");
        return true;
    }
}
