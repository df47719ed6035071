namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>Reads GITHUB_OUTPUT and GITHUB_ENV as the runner does: <c>name=value</c> lines and <c>name&lt;&lt;DELIMITER</c> blocks.</summary>
internal static class StepFiles
{
    /// <summary>The pairs the file holds; a later value for a name wins.</summary>
    public static Dictionary<string, string> Read(string file)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(file))
        {
            return values;
        }

        var lines = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var name = line[..heredoc];
                var delimiter = line[(heredoc + 2)..];
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != delimiter; i++)
                {
                    body.Add(lines[i]);
                }

                if (i >= lines.Length)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(file)}: the value of '{name}' has no closing '{delimiter}' line, which the runner rejects");
                }

                values[name] = string.Join('\n', body);
            }
            else if (equals > 0)
            {
                values[line[..equals]] = line[(equals + 1)..];
            }
            else
            {
                throw new InvalidOperationException($"{Path.GetFileName(file)}: line '{line}' is neither name=value nor name<<DELIMITER, which the runner rejects");
            }
        }

        return values;
    }
}
