namespace Infra.Files;

/// <summary>One file of a <see cref="FileJournal"/>.</summary>
/// <param name="Path">Relative to the transaction's root, with forward slashes.</param>
/// <param name="Delete">True when the file is removed rather than written.</param>
/// <param name="Existed">Whether the file existed before, so recovery knows whether to restore or remove it.</param>
internal sealed record FileJournalEntry(string Path, bool Delete, bool Existed);
