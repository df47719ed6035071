using System.Security.Cryptography;
using System.Text;

namespace Infra.Deploy;

/// <summary>
/// A plan saved by one job and applied by another: the file the engine wrote and the SHA-256 the planning job
/// reported, which the applying job checks before it trusts a byte of it.
/// </summary>
/// <param name="File">The saved plan (terraform's binary plan, or the plan file of <c>pulumi preview --save-plan</c>).</param>
/// <param name="Sha256">The digest the planning job reported (see <see cref="Digest"/>).</param>
public sealed record SavedPlan(string File, string Sha256)
{
    /// <summary>
    /// The digest of the files that make up a saved plan, in lower-case hex: for one file (terraform) its SHA-256, as
    /// <c>sha256sum</c> prints it; for several (pulumi's plan and its preview JSON) the SHA-256 of a <c>sha256sum</c>
    /// listing of them by file name, so one value covers every file the applying job reads.
    /// </summary>
    public static string Digest(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("a saved plan has at least one file", nameof(files));
        }

        if (files.Count == 1)
        {
            return Sha256Of(files[0]);
        }

        var listing = string.Concat(files.Select(f => $"{Sha256Of(f)}  {Path.GetFileName(f)}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing)));
    }

    /// <summary>Refuses (exit 3) files that are missing or whose digest is not <see cref="Sha256"/>: nothing is applied from them.</summary>
    public void Verify(IReadOnlyList<string> files)
    {
        if (files.FirstOrDefault(f => !System.IO.File.Exists(f)) is { } missing)
        {
            throw new InfraException($"{missing}: saved plan not found. Fetch the plan the plan job stored for this run (the same run id and attempt) and pass it with --saved-plan. Nothing was applied.", ExitCodes.EnvironmentRefused);
        }

        var actual = Digest(files);
        if (!string.Equals(actual, Sha256.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new InfraException(
                $"{File}: the saved plan's SHA-256 is {actual}, not {Sha256.Trim()} as the plan job reported (--saved-plan-sha256). It is not the plan the approvers saw: " +
                "run the promotion again from its plan job. Nothing was applied.",
                ExitCodes.EnvironmentRefused);
        }
    }

    private static string Sha256Of(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
