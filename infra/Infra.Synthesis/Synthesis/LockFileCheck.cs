using System.Text.RegularExpressions;
using Infra.Emitters.Terraform;
using Infra.Model;

namespace Infra.Synthesis;

/// <summary>
/// Checks the committed Terraform lock files beside the roots against the pins: either every root has one or none
/// has, and each lists exactly the providers its root requires, at the pinned version, with hashes. Synth never
/// writes lock files (they come from the registry, through the refresh-lock-files workflow), so this reads them only.
/// </summary>
public static partial class LockFileCheck
{
    /// <summary>The lock file's name in a root's folder.</summary>
    public const string FileName = ".terraform.lock.hcl";

    /// <summary>One message per problem (naming the file and the fix); empty when the lock files agree with the pins.</summary>
    /// <param name="repositoryRoot">The repository's folder.</param>
    /// <param name="roots">Every root of every stack (their folders are where the lock files live).</param>
    public static IReadOnlyList<string> Problems(string repositoryRoot, IEnumerable<StackRoot> roots)
    {
        var problems = new List<string>();
        var all = roots.Select(r => (Root: r, Path: TerraformJsonEmitter.DirectoryOf(r).Combine(FileName))).ToList();
        var present = all.Where(r => File.Exists(r.Path.Under(repositoryRoot))).ToList();
        if (present.Count > 0 && present.Count < all.Count)
        {
            var missing = all.Except(present).Select(r => r.Path.Value).Order(StringComparer.Ordinal);
            problems.Add($"{string.Join(", ", missing)}: missing, while {present.Count} other root(s) commit theirs: every root commits its lock file or none does, or the stacks resolve providers differently; run the refresh-lock-files workflow, which locks every root.");
        }

        foreach (var (root, path) in present)
        {
            problems.AddRange(Check(path.Value, File.ReadAllLines(path.Under(repositoryRoot)), root.Providers.Select(p => EngineVersions.Provider(p.Package)).Distinct().ToList()));
        }

        return problems;
    }

    private static IEnumerable<string> Check(string path, string[] lines, IReadOnlyList<ProviderPin> required)
    {
        var locked = Parse(lines);
        foreach (var pin in required.OrderBy(p => p.Package, StringComparer.Ordinal))
        {
            if (!locked.TryGetValue(pin.LockAddress, out var entry))
            {
                yield return $"{path}: has no provider \"{pin.LockAddress}\", which the root requires: run the refresh-lock-files workflow.";
            }
            else if (entry.Version != pin.TerraformVersion)
            {
                yield return $"{path}:{entry.Line}: locks {pin.LockAddress} at version \"{entry.Version ?? "(none)"}\", but the pin is {pin.TerraformVersion}: run the refresh-lock-files workflow after changing a pin.";
            }
            else if (!entry.HasHashes)
            {
                yield return $"{path}:{entry.Line}: {pin.LockAddress} has no hashes, so nothing verifies the provider Terraform downloads: run the refresh-lock-files workflow.";
            }
        }

        foreach (var (address, entry) in locked.Where(l => required.All(p => p.LockAddress != l.Key)).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            yield return $"{path}:{entry.Line}: locks provider \"{address}\", which the root does not require: run the refresh-lock-files workflow.";
        }
    }

    // The provider blocks of a lock file, which Terraform writes in one fixed layout: the block opens on its own line,
    // its attributes one a line, hashes as a list.
    private static Dictionary<string, (int Line, string? Version, bool HasHashes)> Parse(string[] lines)
    {
        var blocks = new Dictionary<string, (int Line, string? Version, bool HasHashes)>(StringComparer.Ordinal);
        string? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (ProviderLine().Match(lines[i]) is { Success: true } provider)
            {
                current = provider.Groups["address"].Value;
                blocks[current] = (i + 1, null, false);
            }
            else if (current is not null && VersionLine().Match(lines[i]) is { Success: true } version)
            {
                blocks[current] = blocks[current] with { Version = version.Groups["version"].Value };
            }
            else if (current is not null && HashLine().IsMatch(lines[i]))
            {
                blocks[current] = blocks[current] with { HasHashes = true };
            }
            else if (lines[i].Trim() == "}" && !lines[i].StartsWith("  ", StringComparison.Ordinal))
            {
                current = null;
            }
        }

        return blocks;
    }

    [GeneratedRegex("""^provider\s+"(?<address>[^"]+)"\s*\{\s*$""")]
    private static partial Regex ProviderLine();

    [GeneratedRegex("""^\s+version\s*=\s*"(?<version>[^"]*)"\s*$""")]
    private static partial Regex VersionLine();

    [GeneratedRegex("""^\s+"(h1|zh):[^"]+",?\s*$""")]
    private static partial Regex HashLine();
}
