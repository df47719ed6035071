namespace Infra.Files;

/// <summary>An operation on one file of a <see cref="FileTransaction"/> failed; carries which file, for the message.</summary>
internal sealed class FileOperationException : IOException
{
    /// <summary>Wraps the file system's error for <paramref name="relativePath"/>.</summary>
    public FileOperationException(string relativePath, Exception inner)
        : base(inner.Message, inner)
    {
        RelativePath = relativePath;
    }

    /// <summary>The file, relative to the transaction's root.</summary>
    public string RelativePath { get; }
}
