using Infra.Processes;
using Infra.Rules;

namespace Infra.Checks;

/// <summary>
/// Scans the repository's tracked files (<c>git ls-files</c>: config, templates, handler code, generated output) for the
/// secret patterns rule LAMBDA-SECRETS uses (<see cref="SecretPatterns"/>, without the entropy test: files hold hashes
/// and ids). A file on <see cref="AllowList"/> is still scanned; its findings are reported as accepted, with the reason.
/// </summary>
public static class SecretScanner
{
    /// <summary>The rule id of the repository scan's findings.</summary>
    public const string RuleId = "SECRETS";

    private const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>Files allowed to hold a secret-looking value, by repository path, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> AllowList { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tests/Infra.Tests/Fixtures/secrets/planted-aws-secret.env"] =
            "A fake AWS secret key planted on purpose (no such key exists): the tests and CI prove that infra check and secretlint both find it.",
        ["tests/Infra.Tests/Fixtures/tfplan/checkov_aws_55_creates_tf0.12.json"] =
            "A real plan file from checkov's test suite (see SOURCES.md there): its credentials are AWS's documented example access key id and a dummy database password.",
    };

    /// <summary>The tracked files of the checkout at <paramref name="repositoryRoot"/>, as git lists them.</summary>
    public static IReadOnlyList<string> TrackedFiles(string repositoryRoot)
    {
        if (ProcessRunner.FindOnPath("git") is null)
        {
            throw new InfraException("git is not installed (not on PATH): the secret scan lists the tracked files with git ls-files; install git.", ExitCodes.EnvironmentRefused);
        }

        // -C, not the working directory, names the checkout: a folder that is not there is then git's error, with its words.
        var git = new ProcessRunner().Run("git", ["-C", repositoryRoot, "ls-files", "-z"], Environment.CurrentDirectory, null, CancellationToken.None);
        if (git.ExitCode != 0)
        {
            throw new InfraException($"git ls-files failed in {repositoryRoot}: {git.StandardError.Trim()}. Run infra check inside a git checkout.", ExitCodes.EnvironmentRefused);
        }

        return git.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The secret-looking lines of <paramref name="files"/> (repository paths) under <paramref name="repositoryRoot"/>.</summary>
    public static IReadOnlyList<CheckFinding> Scan(string repositoryRoot, IEnumerable<string> files, IReadOnlyDictionary<string, string>? allowList = null)
    {
        allowList ??= AllowList;
        var findings = new List<CheckFinding>();
        foreach (var file in files)
        {
            var path = Path.Combine(repositoryRoot, file);
            if (!File.Exists(path) || new FileInfo(path).Length > MaxBytes)
            {
                continue;
            }

            var text = File.ReadAllText(path);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                continue; // binary
            }

            var number = 0;
            foreach (var line in text.Split('\n'))
            {
                number++;
                if (SecretPatterns.MatchLine(line) is { } kind)
                {
                    findings.Add(new CheckFinding(RuleId, Severity.Error, null, null, file, number, $"the line looks like {kind}: remove it and rotate the secret (it is in git history); keep secrets in Secrets Manager.", allowList.GetValueOrDefault(file)));
                }
            }
        }

        return findings;
    }
}
