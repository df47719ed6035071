using Infra.Configuration;
using Infra.Emitters.Pulumi;
using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Platform;
using Infra.Rules;

namespace Infra.Synthesis;

/// <summary>
/// The one pipeline: config → stack program → resource graph → rules → emitters. Everything is validated before
/// any file is produced; writing is the caller's (see <see cref="OutputWriter"/>).
/// </summary>
public static class Synthesizer
{
    /// <summary>Synthesizes every stack, or only <paramref name="stackName"/>.</summary>
    /// <param name="repositoryRoot">The checkout holding Pulumi.yaml.</param>
    /// <param name="stackName">One stack, or null for all.</param>
    /// <param name="extraServices">Synthetic services per stack, for the benchmark only.</param>
    public static SynthesisResult Run(string repositoryRoot, string? stackName = null, int extraServices = 0)
    {
        var project = ProjectConfig.Load(repositoryRoot);
        var configs = stackName is null ? project.Stacks : [project.Stack(stackName)];
        var stacks = configs.Select(c => Build(c, repositoryRoot, extraServices)).ToList();
        var findings = RuleRunner.Run(RuleRegistry.All, stacks);
        var terraform = new TerraformJsonEmitter();
        var files = stacks.SelectMany(s => s.Roots).Select(terraform.Emit).ToList();
        files.AddRange(stacks.SelectMany(s => s.Roots).SelectMany(new PulumiYamlEmitter().Emit));
        files.Add(new GeneratedFile(new RepositoryPath(RuleReference.RelativePath), RuleReference.Render(RuleRegistry.All)));
        var owned = stacks.Select(s => new RepositoryPath($"stacks/{s.Name}")).ToList();
        return new SynthesisResult(stacks, findings, files, owned);
    }

    private static Stack Build(StackConfig config, string repositoryRoot, int extraServices)
    {
        try
        {
            return PlatformProgram.Build(config, repositoryRoot, extraServices);
        }
        catch (ArgumentException e)
        {
            // Component validation: the message already names the argument, the value and the fix.
            throw new InfraException($"stack {config.StackName} ({config.FileName}): {e.Message.Split(" (Parameter")[0]} Nothing was written.", ExitCodes.BadInput, e);
        }
    }
}
