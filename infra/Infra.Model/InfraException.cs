namespace Infra;

/// <summary>
/// An error the user can fix. Its message names the file or resource, the field and the fix;
/// <see cref="ExitCode"/> is the CLI exit code from DESIGN.md (2 bad input, 3 environment refused, 4 external failure).
/// </summary>
public class InfraException : Exception
{
    /// <summary>Creates an error with the exit code the CLI returns for it.</summary>
    public InfraException(string message, int exitCode = ExitCodes.BadInput, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    /// <summary>The process exit code this error maps to.</summary>
    public int ExitCode { get; }
}
