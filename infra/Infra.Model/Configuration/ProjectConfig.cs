namespace Infra.Configuration;

/// <summary>
/// The project file and every stack's config, validated together: checks that span stacks (two stacks on one
/// AWS account) happen here, before anything is built or written.
/// </summary>
public sealed class ProjectConfig
{
    private ProjectConfig(ProjectFile project, IReadOnlyList<StackConfig> stacks)
    {
        Project = project;
        Stacks = stacks;
    }

    /// <summary>The project file.</summary>
    public ProjectFile Project { get; }

    /// <summary>Every declared stack's config, in promotion order (as <see cref="ProjectFile.Stacks"/> declares them), so every listing of stacks reads in that order.</summary>
    public IReadOnlyList<StackConfig> Stacks { get; }

    /// <summary>
    /// Loads <c>Pulumi.yaml</c> and the <c>Pulumi.&lt;stack&gt;.yaml</c> of every stack it declares in
    /// <paramref name="repositoryRoot"/>: a declared stack without its file, and a stack file that is not declared,
    /// are errors, so that the set of stacks never silently changes.
    /// </summary>
    public static ProjectConfig Load(string repositoryRoot)
    {
        var project = ProjectFile.Load(repositoryRoot);
        var undeclared = StackConfig.StackFilesIn(repositoryRoot).FirstOrDefault(s => !project.Stacks.Contains(s, StringComparer.Ordinal));
        if (undeclared is not null)
        {
            throw ConfigErrors.UndeclaredStackFile(StackConfig.FileNameOf(undeclared), undeclared, project.StacksFullKey, project.Stacks);
        }

        var stacks = project.Stacks.Select(s => StackConfig.Load(repositoryRoot, project, s)).ToList();

        foreach (var group in stacks.GroupBy(s => s.AccountId).Where(g => g.Count() > 1))
        {
            var files = string.Join(" and ", group.Select(s => s.FileName));
            throw ConfigErrors.Invalid(files, $"{project.Name}:accountId", $"is {group.Key} in both", "give each stack its own AWS account: one stack per account is what keeps a deploy from reaching another environment");
        }

        StackConfig.LoadedTogether(stacks);
        return new ProjectConfig(project, stacks);
    }

    /// <summary>The config of one stack; an unknown name is an error listing the known ones.</summary>
    public StackConfig Stack(string name) =>
        Stacks.FirstOrDefault(s => s.StackName == name) ?? throw ConfigErrors.UnknownStack(name, Stacks.Select(s => s.StackName));
}
