using System.Security.Cryptography;
using Infra.Configuration;
using Infra.Deploy.GitHub;

namespace Infra.Deploy;

/// <summary>
/// Promotion: sit and prod change only by deploying a commit and artifact that already succeeded in the stack below,
/// and prod only with a change ticket that matches the configured pattern.
/// </summary>
public static class Promotion
{
    /// <summary>The artifact's SHA-256 in lower-case hex; a missing file is an exit-2 error.</summary>
    public static string ArtifactSha256(string path)
    {
        if (!File.Exists(path))
        {
            throw new InfraException($"{path}: artifact not found. Pass --artifact <zip> with the Lambda package built once for this commit.", ExitCodes.BadInput);
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Checks the change ticket for <paramref name="stack"/> (prod needs one matching <paramref name="pattern"/>); exit 2 when it does not.</summary>
    public static void CheckChangeTicket(string stack, string? ticket, ChangeTicketPattern? pattern)
    {
        if (stack != StackTarget.ProductionStack)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(ticket))
        {
            throw new InfraException($"promote --to prod needs --change-ticket <id> (the approved change for this release){(pattern is null ? string.Empty : $", matching '{pattern.Text}' ({pattern.Key})")}.", ExitCodes.BadInput);
        }

        if (pattern is not null && !pattern.IsMatch(ticket))
        {
            throw new InfraException($"--change-ticket '{ticket}' does not match '{pattern.Text}' ({pattern.Key} in {pattern.File}). Pass the approved change's id, e.g. CHG0012345.", ExitCodes.BadInput);
        }
    }

    /// <summary>
    /// The successful deployment of <paramref name="commit"/> with the same artifact in the stack <paramref name="stack"/>
    /// is promoted from (the one before it in <see cref="ProjectFile.Stacks"/>); exit 3 when there is none.
    /// </summary>
    public static async Task<DeploymentRecord> RequireLowerDeploymentAsync(IDeploymentRecords records, ProjectFile project, string stack, string commit, string artifactSha256, CancellationToken cancellationToken)
    {
        if (project.PromotedFrom(stack) is not { } lower)
        {
            var promoted = project.Stacks.Where(s => project.PromotedFrom(s) is not null);
            throw new InfraException($"--to '{stack}': only {string.Join(" and ", promoted)} are promoted ({project.StacksFullKey} in {ProjectFile.FileName}); {DeployRequest.DirectStack} deploys with 'infra deploy --stack {DeployRequest.DirectStack} --yes'.", ExitCodes.BadInput);
        }

        return await records.FindSuccessfulAsync(lower, commit, artifactSha256, cancellationToken).ConfigureAwait(false)
            ?? throw new InfraException(
                $"promote to {stack}: commit {commit} with artifact sha256 {artifactSha256} has no successful 'infra deploy' in {lower}. " +
                $"Deploy that commit and the same artifact to {lower} first (rebuilding the zip changes its hash), then promote.",
                ExitCodes.EnvironmentRefused);
    }
}
