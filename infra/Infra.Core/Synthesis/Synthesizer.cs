using Infra.Configuration;
using Infra.Emitters;
using Infra.Emitters.GitHub;
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
    /// <param name="sources">Further generated files (the workflows); they span every stack, so they run only when all stacks do.</param>
    public static SynthesisResult Run(string repositoryRoot, string? stackName = null, int extraServices = 0, IReadOnlyList<IGeneratedFileSource>? sources = null)
    {
        var project = ProjectConfig.Load(repositoryRoot);
        var configs = stackName is null ? project.Stacks : [project.Stack(stackName)];
        var stacks = InParallel(configs, c => Build(c, repositoryRoot, extraServices));
        var findings = RuleRunner.Run(RuleRegistry.All, stacks);

        // Roots are independent once built and checked: emitting them in parallel uses every core, and AsOrdered
        // keeps the file list (and so every message about it) in the same order on every run.
        var terraform = new TerraformJsonEmitter();
        var pulumi = new PulumiYamlEmitter();
        var roots = stacks.SelectMany(s => s.Roots).ToList();

        // One work item per root and format, so that the large main roots spread over the cores.
        var work = roots.Select(root => (Func<IEnumerable<GeneratedFile>>)(() => [terraform.Emit(root)]))
            .Concat(roots.Select(root => (Func<IEnumerable<GeneratedFile>>)(() => pulumi.Emit(root))))
            .ToList();
        var generated = InParallel(work, emit => emit()).SelectMany(files => files).ToList();

        // The repository's files come from the config of the stack that holds the repository, whichever stacks are
        // synthesized, so 'synth --check' covers them on every run.
        if (project.Stacks.FirstOrDefault(s => s.StackName == PlatformProgram.RepositoryStack) is { } repositoryStack)
        {
            generated.AddRange(new RepositoryFilesEmitter().Emit(repositoryStack));
        }

        generated.Add(new GeneratedFile(new RepositoryPath(RuleReference.RelativePath), RuleReference.Render(RuleRegistry.All)));

        var owned = stacks.Select(s => new RepositoryPath($"stacks/{s.Name}")).ToList();
        foreach (var source in stackName is null ? sources ?? [] : [])
        {
            generated.AddRange(source.Generate(stacks));
            owned.Add(source.OwnedDirectory);
        }

        return new SynthesisResult(stacks, findings, generated, owned);
    }

    // Stacks and roots share nothing once built, so each gets a core. Results keep the input order, and when several
    // fail, the first in that order is reported, so output and messages are the same on every run.
    private static List<TResult> InParallel<TSource, TResult>(IReadOnlyList<TSource> sources, Func<TSource, TResult> work)
    {
        var results = sources.AsParallel().AsOrdered().Select(source =>
        {
            try
            {
                return (Value: work(source), Error: (InfraException?)null);
            }
            catch (InfraException e)
            {
                return (Value: default(TResult)!, Error: e);
            }
        }).ToList();
        return results.FirstOrDefault(r => r.Error is not null).Error is { } error ? throw error : results.Select(r => r.Value).ToList();
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
