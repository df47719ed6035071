namespace Infra.Tests.Deploy.Support;

/// <summary>A POSIX shell script installed under a name (terraform, pulumi) in a test's bin folder, to put first on PATH.</summary>
internal static class StandInExecutable
{
    /// <summary>Writes <paramref name="script"/> as <paramref name="binFolder"/>/<paramref name="name"/>, executable, with LF line ends.</summary>
    public static void Install(string binFolder, string name, string script)
    {
        var path = Path.Combine(binFolder, name);
        File.WriteAllText(path, script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
