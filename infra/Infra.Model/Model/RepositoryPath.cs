namespace Infra.Model;

/// <summary>
/// A path relative to the repository root, always with forward slashes, so that generated output never
/// depends on where the checkout lives. Emitters turn it into a path relative to the file they write.
/// </summary>
public sealed record RepositoryPath
{
    /// <summary>Creates a repository-relative path; refuses absolute paths and <c>..</c> segments.</summary>
    public RepositoryPath(string value)
    {
        var normalized = value.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || Path.IsPathRooted(value) || normalized.Split('/').Contains(".."))
        {
            throw new ArgumentException(
                $"'{value}' is not a path inside the repository: write it relative to the repository root, without '..' (e.g. 'infra/Handlers/order-processor').",
                nameof(value));
        }

        Value = normalized.TrimEnd('/');
    }

    /// <summary>The path with forward slashes.</summary>
    public string Value { get; }

    /// <summary>The path of <paramref name="relative"/> under this one.</summary>
    public RepositoryPath Combine(string relative) => new($"{Value}/{relative}");

    /// <summary>This path as seen from <paramref name="directory"/> (another repository path), e.g. <c>../../../infra/x</c>.</summary>
    public string RelativeTo(RepositoryPath directory)
    {
        var from = directory.Value.Split('/');
        var to = Value.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length && from[common] == to[common])
        {
            common++;
        }

        var ups = Enumerable.Repeat("..", from.Length - common);
        return string.Join('/', ups.Concat(to.Skip(common)));
    }

    /// <summary>The absolute path under <paramref name="repositoryRoot"/>.</summary>
    public string Under(string repositoryRoot) => System.IO.Path.Combine(repositoryRoot, Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
