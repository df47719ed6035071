using Infra.Configuration;

namespace Infra.Permissions;

/// <summary>
/// The evidence ledger of one logical role (<c>infra/Ledgers/&lt;role&gt;.yaml</c>): every action the role is
/// granted, with what justified it, shared by all stacks through placeholders. A grant's evidence is <c>observed</c>
/// (<c>evidence</c>: an AccessDenied text or a design reason, written by people and <c>infra permissions add</c>) or
/// <c>required</c> (<c>required</c>: the calls of the stacks that need it, written by <c>infra permissions sync</c>), or
/// both. Every change edits the file's text so that comments and order stay: <see cref="LedgerParser"/> reads it,
/// <see cref="LedgerEditor"/> edits it and <see cref="LedgerStore"/> reads and writes the file.
/// </summary>
public sealed class EvidenceLedger
{
    /// <summary>The folder of the ledgers, relative to the repository root.</summary>
    public const string Folder = "infra/Ledgers";

    internal EvidenceLedger(string path, string displayName, string role, IReadOnlyList<LedgerGrant> grants)
    {
        Path = path;
        DisplayName = displayName;
        Role = role;
        Grants = grants;
    }

    /// <summary>The file the ledger was read from.</summary>
    public string Path { get; }

    /// <summary>The file as named in messages.</summary>
    public string DisplayName { get; }

    /// <summary>The logical role, e.g. <c>github-deploy</c>; equal to the file's name without <c>.yaml</c>.</summary>
    public string Role { get; }

    /// <summary>The grants, in file order, with placeholders unresolved.</summary>
    public IReadOnlyList<LedgerGrant> Grants { get; }

    /// <summary>This ledger with <paramref name="extra"/> grants added in memory only (nothing is written), for synthetic programs such as the synth benchmark's.</summary>
    public EvidenceLedger WithGrants(IEnumerable<LedgerGrant> extra) => new(Path, DisplayName, Role, [.. Grants, .. extra.Where(e => !Grants.Any(g => g.SameGrantAs(e)))]) { KnownStacks = KnownStacks };

    /// <summary>The ledger file of <paramref name="role"/> under <paramref name="repositoryRoot"/>.</summary>
    public static string PathFor(string repositoryRoot, string role) =>
        System.IO.Path.Combine(repositoryRoot, Folder, role + ".yaml");

    /// <summary>Reads and validates a ledger; a malformed file is an <see cref="InfraException"/> (exit 2) naming the line, the field and the fix.</summary>
    /// <remarks>
    /// A ledger in the <see cref="Folder"/> of a repository whose <c>Pulumi.yaml</c> declares the stacks is checked
    /// against them: a grant's <c>stacks</c> field may name only those.
    /// </remarks>
    public static EvidenceLedger Load(string path) => Load(path, ProjectStacksOf(path));

    /// <summary>
    /// Reads and validates a ledger whose grants may name only <paramref name="stacks"/> in their <c>stacks</c> field
    /// (null: any name); a malformed file is an <see cref="InfraException"/> (exit 2) naming the line, the field and the fix.
    /// </summary>
    public static EvidenceLedger Load(string path, IReadOnlyList<string>? stacks)
    {
        var display = LedgerStore.DisplayNameOf(path);
        var text = LedgerStore.Read(path, display);

        // Every stack's program reads the same ledgers: the text is read each time, and parsed again only when it
        // changed (or is read under another name or set of stacks), so an edited ledger is never served stale.
        // Stacks are built in parallel: the first to ask parses, the others wait for it rather than parse it too.
        var parsed = Parsed.GetOrAdd(path, _ => new ParsedLedger());
        lock (parsed)
        {
            if (parsed.Ledger is null || parsed.Text != text || parsed.Display != display || !SameStacks(parsed.Stacks, stacks))
            {
                (parsed.Text, parsed.Display, parsed.Stacks, parsed.Ledger) = (text, display, stacks, LedgerParser.Parse(text, path, display, stacks));
            }

            return parsed.Ledger;
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ParsedLedger> Parsed = new(StringComparer.Ordinal);

    private static bool SameStacks(IReadOnlyList<string>? a, IReadOnlyList<string>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b, StringComparer.Ordinal));

    /// <summary>The grants that apply in <paramref name="stack"/> (<see cref="LedgerGrant.AppliesIn"/>), in file order, placeholders unresolved.</summary>
    public IReadOnlyList<LedgerGrant> GrantsIn(string stack) => Grants.Where(g => g.AppliesIn(stack)).ToList();

    /// <summary>The stacks a ledger's grants may name, fixed when it was read; null when any name is accepted.</summary>
    internal IReadOnlyList<string>? KnownStacks { get; init; }

    // The stacks of the project whose infra/Ledgers folder holds the file (Pulumi.yaml two folders up), else null.
    private static IReadOnlyList<string>? ProjectStacksOf(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        var root = folder is null ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(folder));
        if (root is null || !string.Equals(System.IO.Path.GetFullPath(System.IO.Path.Combine(root, Folder)), folder, StringComparison.Ordinal)
            || !File.Exists(System.IO.Path.Combine(root, ProjectFile.FileName)))
        {
            return null;
        }

        return ProjectFile.Load(root).Stacks;
    }

    /// <summary>Every ledger in <paramref name="folder"/> (<c>*.yaml</c>), sorted by role; none when the folder is missing.</summary>
    public static IReadOnlyList<EvidenceLedger> LoadAll(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(Load).ToList()
            : [];

    /// <summary>Writes a new, empty ledger for <paramref name="role"/>; refuses to overwrite an existing file.</summary>
    public static EvidenceLedger Create(string path, string role, string purpose)
    {
        if (File.Exists(path))
        {
            throw LedgerErrors.Invalid(LedgerStore.DisplayNameOf(path), 1, "role", "already has a ledger", "append to it instead of creating it");
        }

        var text = $"# Evidence ledger of {purpose}: every action it is granted, with the error or reason that justified it.\nrole: {role}\ngrants: []\n";
        var ledger = LedgerParser.Parse(text, path, LedgerStore.DisplayNameOf(path), ProjectStacksOf(path));
        LedgerStore.Write(path, text);
        return ledger;
    }

    /// <summary>
    /// The grants with <c>${account}</c>, <c>${region}</c>, <c>${stack}</c> and <c>${partition}</c> replaced by the
    /// stack's values, for a stack promoted from none: grants naming the lower stack, or scoped to other stacks, are dropped.
    /// </summary>
    public IReadOnlyList<LedgerGrant> Resolve(string accountId, string region, string stack) => Resolve(accountId, region, stack, null);

    /// <summary>
    /// The grants resolved for a stack promoted from <paramref name="lower"/>: the lower stack's placeholders too. A grant
    /// naming the lower stack is dropped where there is none (<paramref name="lower"/> null: the first stack), since
    /// there is nothing below it to read, and a grant scoped to other stacks (its <c>stacks</c> field) is dropped too.
    /// </summary>
    public IReadOnlyList<LedgerGrant> Resolve(string accountId, string region, string stack, StackLocation? lower) =>
        Grants.Where(g => g.AppliesIn(stack) && (lower is not null || !LedgerPlaceholders.UsesLower(g.Resource)))
            .Select(g => g with { Resource = LedgerPlaceholders.Resolve(g.Resource, accountId, region, stack, lower) }).ToList();

    /// <summary>True when the ledger already grants the same action on the same resource.</summary>
    public bool Contains(LedgerGrant grant) => Grants.Any(g => g.SameGrantAs(grant));

    /// <summary>
    /// Appends <paramref name="grant"/> at the end of the <c>grants:</c> list, keeping the file's order and comments,
    /// and returns the ledger as now written; a grant already present is not added twice (the same ledger is returned).
    /// The new text is validated before it replaces the file, and the replacement is atomic.
    /// </summary>
    public EvidenceLedger Append(LedgerGrant grant)
    {
        // One read serves the check and the edit, through the same guarded reader as Load.
        var text = LedgerStore.Read(Path, DisplayName).Replace("\r\n", "\n", StringComparison.Ordinal);
        var current = LedgerParser.Parse(text, Path, DisplayName, KnownStacks);
        if (current.Contains(grant))
        {
            return current;
        }

        var updatedText = LedgerEditor.Append(text, grant);
        var updated = LedgerParser.Parse(updatedText, Path, DisplayName, KnownStacks);
        if (updated.Grants.Count != current.Grants.Count + 1 || !updated.Grants[^1].SameGrantAs(grant))
        {
            throw LedgerErrors.Invalid(DisplayName, 1, "grants", "could not be appended to safely (the list is not a plain block list at the end of its section)", "write 'grants:' as a block list of '- action: ...' entries");
        }

        LedgerStore.Write(Path, updatedText);
        return updated;
    }

    /// <summary>
    /// Rewrites the ledger in one atomic write: the <c>required:</c> list of each grant in <paramref name="requiredUpdates"/>
    /// (by its line) is replaced (deleted when the new list is empty), each grant in <paramref name="removals"/> (by its line) is deleted, and
    /// <paramref name="additions"/> are appended at the end of the list in the order given. Every other line, comment
    /// and blank line stays as it is. Refuses when the file changed since this ledger was read.
    /// </summary>
    public EvidenceLedger Rewrite(IReadOnlyDictionary<int, IReadOnlyList<GrantRequirer>> requiredUpdates, IReadOnlySet<int> removals, IReadOnlyList<LedgerGrant> additions)
    {
        var text = LedgerStore.Read(Path, DisplayName).Replace("\r\n", "\n", StringComparison.Ordinal);
        var current = LedgerParser.Parse(text, Path, DisplayName, KnownStacks);
        if (!current.Grants.Select(g => (g.Line, g.Action, g.Resource)).SequenceEqual(Grants.Select(g => (g.Line, g.Action, g.Resource))))
        {
            throw LedgerErrors.Invalid(DisplayName, 1, "grants", "changed while it was being synchronised", "run the command again");
        }

        var updatedText = LedgerEditor.Rewrite(text, Grants, requiredUpdates, removals, additions, DisplayName);
        var updated = LedgerParser.Parse(updatedText, Path, DisplayName, KnownStacks);
        if (updated.Grants.Count != Grants.Count - removals.Count + additions.Count)
        {
            throw LedgerErrors.Invalid(DisplayName, 1, "grants", "could not be rewritten safely (the list is not a plain block list of '- action: ...' entries)", "write 'grants:' as a block list of '- action: ...' entries");
        }

        LedgerStore.Write(Path, updatedText);
        return updated;
    }

    // The last parse of one ledger file, and the lock its readers take.
    private sealed class ParsedLedger
    {
        public string? Text { get; set; }

        public string? Display { get; set; }

        public IReadOnlyList<string>? Stacks { get; set; }

        public EvidenceLedger? Ledger { get; set; }
    }
}
