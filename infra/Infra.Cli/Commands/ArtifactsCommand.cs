using System.CommandLine;
using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.Artifacts;
using Infra.Deploy.Aws;
using Infra.Deploy.GitHub;

namespace Infra.Cli.Commands;

/// <summary>
/// <c>infra artifacts ...</c>: files in a stack's artifact bucket (README "Artifacts"). <c>put</c> and <c>get</c> store
/// and read any key (saved plans under <c>plans/</c>); the bundle verbs address Lambda bundles by commit and SHA-256.
/// </summary>
public static class ArtifactsCommand
{
    /// <summary>Builds the verb and its sub-verbs.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("artifacts", "Stores and reads files in a stack's artifact bucket (encrypted with the bucket's key; reads verify the SHA-256).");
        command.Subcommands.Add(Put(context));
        command.Subcommands.Add(Get(context));
        command.Subcommands.Add(Upload(context));
        command.Subcommands.Add(Fetch(context));
        command.Subcommands.Add(CopyFromLower(context));
        command.Subcommands.Add(Pin(context));
        return command;
    }

    private static Command Put(CliContext context)
    {
        var (stack, root, key) = (CommonOptions.Stack(required: true), CommonOptions.Root(), KeyOption());
        var file = new Option<string>("--file") { Description = "The file to store.", Required = true };
        return Verb("put", "Stores a file at a key of the stack's artifact bucket (SSE-KMS with the bucket's key); prints its SHA-256.", [stack, key, file, root], async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var sha256 = await store.PutAsync(parse.GetValue(key)!, parse.GetValue(file)!, ArtifactBucket.RetentionTags(ArtifactBucket.Expirable), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{sha256}  s3://{store.Bucket}/{parse.GetValue(key)}");
        });
    }

    private static Command Get(CliContext context)
    {
        var (stack, root, key, output) = (CommonOptions.Stack(required: true), CommonOptions.Root(), KeyOption(), OutOption());
        var sha256 = new Option<string?>("--sha256") { Description = "The SHA-256 the object must have; without it, any content is accepted." };
        return Verb("get", "Reads a key of the stack's artifact bucket into a file, refusing a SHA-256 other than --sha256; prints its SHA-256.", [stack, key, output, sha256, root], async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var actual = await store.GetAsync(parse.GetValue(key)!, parse.GetValue(output)!, parse.GetValue(sha256), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{actual}  {parse.GetValue(output)}");
        });
    }

    private static Command Upload(CliContext context)
    {
        var (stack, root, commit) = (CommonOptions.Stack(required: true), CommonOptions.Root(), CommitOption());
        var file = new Option<string>("--file") { Description = "The Lambda bundle (lambda-packages.zip).", Required = true };
        return Verb("upload", "Stores a commit's Lambda bundle at bundles/<commit>/<sha256>.zip of the stack's artifact bucket; prints its SHA-256.", [stack, commit, file, root], async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var path = parse.GetValue(file)!;
            var key = ArtifactBucket.BundleKey(parse.GetValue(commit)!, S3ArtifactStore.Sha256Of(path));
            var sha256 = await store.PutAsync(key, path, ArtifactBucket.RetentionTags(ArtifactBucket.Expirable), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{sha256}  s3://{store.Bucket}/{key}");
        });
    }

    private static Command Fetch(CliContext context)
    {
        var bundle = new BundleOptions();
        return Verb("fetch", "Reads a commit's Lambda bundle from the stack's own artifact bucket, refusing any other SHA-256.", [bundle.Stack, bundle.Commit, bundle.Sha256, bundle.Out, bundle.Root], async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(bundle.Root), parse.GetValue(bundle.Stack)!);
            var actual = await store.GetAsync(bundle.Key(parse), parse.GetValue(bundle.Out)!, parse.GetValue(bundle.Sha256), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{actual}  {parse.GetValue(bundle.Out)}");
        });
    }

    private static Command CopyFromLower(CliContext context)
    {
        var bundle = new BundleOptions();
        return Verb("copy-from-lower", "Promotion: reads a commit's Lambda bundle from the bucket of the stack this one is promoted from, verifies its SHA-256, stores it in this stack's bucket and writes it to --out.", [bundle.Stack, bundle.Commit, bundle.Sha256, bundle.Out, bundle.Root], async (parse, cancellationToken) =>
        {
            var project = ProjectConfig.Load(CliContext.FindRepositoryRoot(parse.GetValue(bundle.Root)));
            var config = project.Stack(parse.GetValue(bundle.Stack)!);
            var lowerName = project.Project.PromotedFrom(config.StackName)
                ?? throw new InfraException($"--stack {config.StackName}: no stack promotes to it (Pulumi.yaml's promotion order), so there is no lower bucket to copy from; a first stack's bundle is uploaded by its deploy ('infra artifacts upload').", ExitCodes.BadInput);
            var lower = project.Stack(lowerName);
            var key = bundle.Key(parse);
            var path = parse.GetValue(bundle.Out)!;

            // The lower bucket is read with this stack's credentials: the lower stack's bootstrap grants this stack's
            // deploy and promotion plan roles the read of bundles/ (PromotionReads), their ledgers grant it too.
            var credentials = new AwsCredentialSource();
            var lowerStore = Store(lower, credentials);
            _ = await lowerStore.GetAsync(key, path, parse.GetValue(bundle.Sha256), cancellationToken).ConfigureAwait(false);
            var own = Store(config, credentials);
            var stored = await own.PutAsync(key, path, ArtifactBucket.RetentionTags(ArtifactBucket.Expirable), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{stored}  s3://{lowerStore.Bucket}/{key} -> s3://{own.Bucket}/{key}");
        });
    }

    private static Command Pin(CliContext context)
    {
        var bundle = new BundleOptions();
        return Verb("pin", "Tags a deployed commit's bundle retention=pinned in the stack's artifact bucket, so that the bucket's lifecycle never expires it, and retags expirable the bundles of the stack's older deployments (all but the two newest successful ones; reads the deployment records, GITHUB_TOKEN).", [bundle.Stack, bundle.Commit, bundle.Sha256, bundle.Root], async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(bundle.Root), parse.GetValue(bundle.Stack)!);
            _ = bundle.Key(parse);
            var pins = new BundlePins(store, OctokitDeploymentRecords.FromEnvironment());
            var outcome = await pins.PinAsync(parse.GetValue(bundle.Stack)!, parse.GetValue(bundle.Commit)!, parse.GetValue(bundle.Sha256)!, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"pinned s3://{store.Bucket}/{outcome.Pinned}");
            foreach (var key in outcome.Kept.Where(k => k != outcome.Pinned))
            {
                context.Output.WriteLine($"kept pinned s3://{store.Bucket}/{key} (a newest successful deployment's)");
            }

            foreach (var key in outcome.Released)
            {
                context.Output.WriteLine($"released s3://{store.Bucket}/{key} (retention={ArtifactBucket.Expirable})");
            }

            foreach (var key in outcome.AlreadyGone)
            {
                context.Output.WriteLine($"already gone s3://{store.Bucket}/{key}");
            }
        });
    }

    // One sub-verb: its options in help order, and an action that exits 0 once it has printed its result (every
    // failure leaves as an InfraException with its own exit code).
    private static Command Verb(string name, string description, Option[] options, Func<ParseResult, CancellationToken, Task> action)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            await action(parse, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static S3ArtifactStore Store(string? root, string stack) =>
        Store(ProjectConfig.Load(CliContext.FindRepositoryRoot(root)).Stack(stack), new AwsCredentialSource());

    private static S3ArtifactStore Store(StackConfig config, AwsCredentialSource credentials) =>
        new(credentials, StackTarget.From(config), ArtifactBucket.Name(config), ArtifactBucket.KeyAliasArn(config));

    private static Option<string> KeyOption() => new("--key") { Description = "The object key, e.g. plans/sit/<run>/tfplan.", Required = true };

    private static Option<string> OutOption() => new("--out") { Description = "The file to write (written only once its SHA-256 is verified).", Required = true };

    private static Option<string> CommitOption() => new("--commit") { Description = "The commit whose Lambda bundle it is (full SHA).", Required = true };

    // The options of the verbs that address a bundle by commit and SHA-256 (fetch, copy-from-lower, pin).
    private sealed class BundleOptions
    {
        public Option<string?> Stack { get; } = CommonOptions.Stack(required: true);

        public Option<string?> Root { get; } = CommonOptions.Root();

        public Option<string> Commit { get; } = CommitOption();

        public Option<string> Sha256 { get; } = new("--sha256") { Description = "The bundle's SHA-256 (its .sha256 file, or the deployment record's artifactSha256).", Required = true };

        public Option<string> Out { get; } = OutOption();

        public string Key(ParseResult parse) => ArtifactBucket.BundleKey(parse.GetValue(Commit)!, parse.GetValue(Sha256)!);
    }
}
