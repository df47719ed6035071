namespace Infra.Files;

/// <summary>How far a <see cref="FileTransaction"/> got; decides whether recovery rolls back or finishes.</summary>
internal enum FileJournalState
{
    /// <summary>Writing the new content to temporaries; no file of the set has changed yet.</summary>
    Preparing,

    /// <summary>Swapping temporaries in, keeping each original as a backup; recovery restores the backups.</summary>
    Swapping,

    /// <summary>Every file is swapped in; recovery only removes the backups.</summary>
    Committed,
}
