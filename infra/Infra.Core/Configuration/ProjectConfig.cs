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

    /// <summary>Every stack's config, sorted by name.</summary>
    public IReadOnlyList<StackConfig> Stacks { get; }

    /// <summary>Loads <c>Pulumi.yaml</c> and every <c>Pulumi.&lt;stack&gt;.yaml</c> in <paramref name="repositoryRoot"/>.</summary>
    public static ProjectConfig Load(string repositoryRoot)
    {
        var project = ProjectFile.Load(repositoryRoot);
        var stacks = StackConfig.DiscoverStacks(repositoryRoot).Select(s => StackConfig.Load(repositoryRoot, project, s)).ToList();
        if (stacks.Count == 0)
        {
            throw new Model.InfraException("No Pulumi.<stack>.yaml found beside Pulumi.yaml: add one file per stack, e.g. Pulumi.dev.yaml with 'config:' and the stack's accountId and aws:region.");
        }

        foreach (var group in stacks.GroupBy(s => s.AccountId).Where(g => g.Count() > 1))
        {
            var files = string.Join(" and ", group.Select(s => s.FileName));
            throw ConfigErrors.Invalid(files, $"{project.Name}:accountId", $"is {group.Key} in both", "give each stack its own AWS account: one stack per account is what keeps a deploy from reaching another environment");
        }

        return new ProjectConfig(project, stacks);
    }

    /// <summary>The config of one stack; an unknown name is an error listing the known ones.</summary>
    public StackConfig Stack(string name) =>
        Stacks.FirstOrDefault(s => s.StackName == name) ?? throw ConfigErrors.UnknownStack(name, Stacks.Select(s => s.StackName));
}
