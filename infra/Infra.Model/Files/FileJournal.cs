using System.Text;

namespace Infra.Files;

/// <summary>
/// What a <see cref="FileTransaction"/> is doing, kept on disk beside the files so that a run killed in the middle
/// can be finished or rolled back by the next one. It is always replaced by rename, so it is never half-written.
/// </summary>
/// <param name="State">How far the transaction got.</param>
/// <param name="Entries">Every file it writes or deletes, in order.</param>
internal sealed record FileJournal(FileJournalState State, IReadOnlyList<FileJournalEntry> Entries)
{
    private const string Header = "infra file journal v1";

    /// <summary>The journal's text.</summary>
    public string Render()
    {
        var text = new StringBuilder(Header).Append('\n').Append("state ").Append(State.ToString().ToLowerInvariant()).Append('\n');
        foreach (var entry in Entries)
        {
            text.Append(entry.Delete ? "delete " : "write ").Append(entry.Existed ? "1 " : "0 ").Append(entry.Path).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a journal written by <see cref="Render"/>; anything else is an error naming the file.</summary>
    public static FileJournal Parse(string text, string displayPath)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2 || lines[0] != Header || !lines[1].StartsWith("state ", StringComparison.Ordinal)
            || !Enum.TryParse<FileJournalState>(lines[1]["state ".Length..], ignoreCase: true, out var state))
        {
            throw Unreadable(displayPath);
        }

        var entries = new List<FileJournalEntry>();
        foreach (var line in lines.Skip(2))
        {
            var parts = line.Split(' ', 3);
            if (parts.Length != 3 || parts[0] is not ("write" or "delete") || parts[1] is not ("0" or "1") || !IsRelative(parts[2]))
            {
                throw Unreadable(displayPath);
            }

            entries.Add(new FileJournalEntry(parts[2], parts[0] == "delete", parts[1] == "1"));
        }

        return new FileJournal(state, entries);
    }

    private static bool IsRelative(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !Path.IsPathRooted(path) && !path.Split('/').Contains("..");

    private static InfraException Unreadable(string displayPath) =>
        new($"{displayPath}: not a journal this version of infra wrote, so it cannot tell which files to restore. Compare the files it would list with git (git status), restore what is wrong with 'git checkout -- <file>', then delete {displayPath}.", ExitCodes.EnvironmentRefused);
}
