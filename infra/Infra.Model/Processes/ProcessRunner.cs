using System.Diagnostics;

namespace Infra.Processes;

/// <summary>
/// Runs programs found on PATH, the one place the library starts a process; a missing program is an exit-3 error
/// naming it, not a stack trace.
/// </summary>
public sealed class ProcessRunner : IProcessRunner
{
    /// <inheritdoc/>
    public ProcessResult Run(string executable, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = FindOnPath(executable) ?? throw new InfraException(
            $"{executable}: not found on PATH. Install {executable} (or put it on PATH) on this machine or runner, then run the command again.",
            ExitCodes.EnvironmentRefused);
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Start(start, executable, path, workingDirectory);

        // Terraform and pulumi start provider plugins of their own: killing only the program would leave those running.
        using var kill = cancellationToken.Register(() => Kill(process));

        // Both streams are read at once: a program that fills one pipe while we wait on the other would hang.
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        return new ProcessResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    private static Process Start(ProcessStartInfo start, string executable, string path, string workingDirectory)
    {
        try
        {
            return Process.Start(start) ?? throw new InfraException($"{executable}: could not be started from {path}.", ExitCodes.ExternalFailure);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InfraException($"{executable}: could not be started from {path} in {workingDirectory} ({e.Message}): check that the file is executable and the folder exists.", ExitCodes.ExternalFailure, e);
        }
    }

    /// <summary>The full path of <paramref name="executable"/> in the PATH folders, or null.</summary>
    public static string? FindOnPath(string executable)
    {
        var names = OperatingSystem.IsWindows() ? new[] { executable + ".exe", executable + ".cmd", executable } : [executable];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
