namespace Infra.Tests.Fuzz;

/// <summary>The ways the fuzz suite damages one input file.</summary>
public enum MutationKind
{
    /// <summary>Cut the file at a random byte.</summary>
    Truncate,

    /// <summary>Change a few random bytes.</summary>
    FlipBytes,

    /// <summary>Insert NUL bytes.</summary>
    InsertNul,

    /// <summary>Insert byte sequences that are not UTF-8.</summary>
    InvalidUtf8,

    /// <summary>Re-encode the text as UTF-16 little endian with a byte order mark.</summary>
    Utf16LeBom,

    /// <summary>Re-encode the text as UTF-16 little endian without a byte order mark.</summary>
    Utf16Le,

    /// <summary>Re-encode the text as UTF-16 big endian with a byte order mark.</summary>
    Utf16BeBom,

    /// <summary>Re-encode the text as UTF-16 big endian without a byte order mark.</summary>
    Utf16Be,

    /// <summary>Add a non-ASCII character and encode the text as Latin-1.</summary>
    Latin1,

    /// <summary>Put a tab into a line's indentation or before a value.</summary>
    Tab,

    /// <summary>Delete the file.</summary>
    Delete,

    /// <summary>Replace the file with a folder of the same name.</summary>
    Folder,

    /// <summary>Replace the file with an empty one.</summary>
    Empty,

    /// <summary>Replace a value with a 1 MiB string (or number).</summary>
    HugeString,

    /// <summary>Replace a value with a list of 100,000 items.</summary>
    HugeList,

    /// <summary>Replace a value with one of another type (scalar, list, map, number, string, bool, null).</summary>
    TypeChange,

    /// <summary>Delete a key (in YAML, with its block).</summary>
    DeleteKey,

    /// <summary>Duplicate a key (in YAML, with its block).</summary>
    DuplicateKey,
}
