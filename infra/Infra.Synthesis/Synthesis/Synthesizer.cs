using System.Collections.Concurrent;
using Infra.Configuration;
using Infra.Emitters;
using Infra.Emitters.GitHub;
using Infra.Emitters.Pulumi;
using Infra.Emitters.Terraform;
using Infra.Model;
using Infra.Rules;

namespace Infra.Synthesis;

/// <summary>
/// The one pipeline: config → the app → resource graph → rules → emitters. Everything is validated before
/// any file is written; writing is the caller's (see <see cref="OutputWriter"/>), or a sink's that stages each file
/// as it is emitted (see <see cref="OutputStaging"/>).
/// </summary>
public static class Synthesizer
{
    /// <summary>Synthesizes every stack of <paramref name="app"/>, or only <paramref name="stackName"/>.</summary>
    /// <param name="app">The program that builds each stack.</param>
    /// <param name="repositoryRoot">The checkout holding Pulumi.yaml.</param>
    /// <param name="stackName">One stack, or null for all.</param>
    /// <param name="sources">Further generated files (the workflows); they span every stack, so they run only when all stacks do.</param>
    /// <param name="time">The caller's clock, on which rules judge suppression expiries; null: the rule catalogue's, which refuses to be read.</param>
    /// <param name="sink">
    /// Takes each file as it is emitted, and decides what the result keeps of it; null keeps every file whole.
    /// </param>
    public static SynthesisResult Run(IInfraApp app, string repositoryRoot, string? stackName = null, IReadOnlyList<IGeneratedFileSource>? sources = null, TimeProvider? time = null, IGeneratedFileSink? sink = null)
    {
        var project = ProjectConfig.Load(repositoryRoot);
        var configs = stackName is null ? project.Stacks : [project.Stack(stackName)];
        var catalog = RuleRunner.Preload(repositoryRoot);
        var stacks = InParallel(configs, c => Build(app, c, repositoryRoot));

        // Rules and emitters only read the built graph, so they run side by side; nothing is written unless the
        // rules pass (the caller's decision), so emitting before the verdict loses nothing.
        var rules = Task.Run(async () => RuleRunner.Run(time is null ? RuleRegistry.All : RuleRegistry.For(time), stacks, await catalog.ConfigureAwait(false)));

        // One work item per root and format, the large main roots first so that the small items fill the gaps at
        // the end; the results keep this order, so the file list (and every message about it) is the same on every run.
        var terraform = new TerraformJsonEmitter();
        var pulumi = new PulumiYamlEmitter();
        var roots = stacks.SelectMany(s => s.Roots).OrderBy(r => r.Kind == RootKind.Main ? 0 : 1).ToList();
        var work = roots.SelectMany(root => new Func<IEnumerable<GeneratedFile>>[] { () => [terraform.Emit(root)], () => pulumi.Emit(root) }).ToList();
        var outputRoots = stacks.Select(s => new OutputRoot(new RepositoryPath($"stacks/{s.Name}"), Complete: true)).ToList();
        outputRoots.Add(new OutputRoot(new RepositoryPath(Path.GetDirectoryName(RuleReference.RelativePath)!), Complete: true));
        foreach (var source in stackName is null ? sources ?? [] : [])
        {
            work.Insert(stacks.Count * 2, () => source.Generate(stacks));
            outputRoots.Add(new OutputRoot(source.OutputRoot, Complete: true));
        }

        // A one-stack synth still writes the repository files, but not the workflows beside them: that root is
        // written into without being owned whole, so nothing there is removed.
        if (outputRoots.All(r => r.Path.Value != RepositoryFilesEmitter.Root))
        {
            outputRoots.Add(new OutputRoot(new RepositoryPath(RepositoryFilesEmitter.Root), Complete: false));
        }

        // The repository's files come from the config of the stack that holds the repository, whichever stacks are
        // synthesized, so 'synth --check' covers them on every run.
        if (project.Stacks.FirstOrDefault(s => s.StackName == app.RepositoryStack) is { } repositoryStack)
        {
            work.Add(() => new RepositoryFilesEmitter().Emit(repositoryStack, app.OwnedPaths));
        }

        // The inventory keeps what earlier synths listed, so it is read from the checkout and only ever grows.
        if (stacks.FirstOrDefault(s => s.Name == ProdProtectRule.ProductionStack) is { } production)
        {
            work.Add(() => [ProtectedInventory.Render(ProtectedInventory.Read(repositoryRoot), production)]);
        }

        work.Add(() => [new GeneratedFile(new RepositoryPath(RuleReference.RelativePath), RuleReference.Render(RuleRegistry.All))]);
        sink?.Open(outputRoots);
        var generated = InParallel(work, emit => emit().Select(f => sink?.Accept(f) ?? f).ToList()).SelectMany(files => files).ToList();
        generated.AddRange(Manifests(outputRoots, generated).Select(f => sink?.Accept(f) ?? f).ToList());
        var findings = rules.GetAwaiter().GetResult();
        return new SynthesisResult(stacks, findings, generated, outputRoots);
    }

    // Every file belongs to exactly one root, so that the manifests together list every file synth owns.
    private static IEnumerable<GeneratedFile> Manifests(IReadOnlyList<OutputRoot> roots, IReadOnlyList<GeneratedFile> files)
    {
        var outside = files.FirstOrDefault(f => roots.Count(r => r.Contains(f.Path)) != 1);
        if (outside is not null)
        {
            throw new InvalidOperationException($"{outside.Path} lies in no output root, or in two: declare its folder as an OutputRoot.");
        }

        return roots.Where(r => r.Complete).Select(r => OutputManifest.Render(r, files.Where(f => r.Contains(f.Path)))).ToList();
    }

    // Stacks and roots share nothing once built, so each gets a core, taking the next item as soon as it is free
    // (items differ in size too much to split the list in halves up front). Results keep the input order, and when
    // several fail, the first in that order is reported, so output and messages are the same on every run.
    private static List<TResult> InParallel<TSource, TResult>(IReadOnlyList<TSource> sources, Func<TSource, TResult> work)
    {
        var results = new TResult[sources.Count];
        var errors = new InfraException?[sources.Count];
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, sources.Count), EnumerablePartitionerOptions.NoBuffering), i =>
        {
            try
            {
                results[i] = work(sources[i]);
            }
            catch (InfraException e)
            {
                errors[i] = e;
            }
        });
        return errors.FirstOrDefault(e => e is not null) is { } error ? throw error : [.. results];
    }

    private static Stack Build(IInfraApp app, StackConfig config, string repositoryRoot)
    {
        try
        {
            return app.Build(config, repositoryRoot);
        }
        catch (ArgumentException e)
        {
            // Component validation: the message already names the argument, the value and the fix.
            throw new InfraException($"stack {config.StackName} ({config.FileName}): {e.Message.Split(" (Parameter")[0]} Nothing was written.", ExitCodes.BadInput, e);
        }
    }
}
