using System.CommandLine;
using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Model;

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
        var (stack, root) = (CommonOptions.Stack(required: true), CommonOptions.Root());
        var key = KeyOption();
        var file = new Option<string>("--file") { Description = "The file to store.", Required = true };
        var command = new Command("put", "Stores a file at a key of the stack's artifact bucket (SSE-KMS with the bucket's key); prints its SHA-256.");
        command.Options.Add(stack);
        command.Options.Add(key);
        command.Options.Add(file);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var sha256 = await store.PutAsync(parse.GetValue(key)!, parse.GetValue(file)!, Tags(ArtifactBucket.Expirable), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{sha256}  s3://{store.Bucket}/{parse.GetValue(key)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Get(CliContext context)
    {
        var (stack, root) = (CommonOptions.Stack(required: true), CommonOptions.Root());
        var key = KeyOption();
        var output = OutOption();
        var sha256 = new Option<string?>("--sha256") { Description = "The SHA-256 the object must have; without it, any content is accepted." };
        var command = new Command("get", "Reads a key of the stack's artifact bucket into a file, refusing a SHA-256 other than --sha256; prints its SHA-256.");
        command.Options.Add(stack);
        command.Options.Add(key);
        command.Options.Add(output);
        command.Options.Add(sha256);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var actual = await store.GetAsync(parse.GetValue(key)!, parse.GetValue(output)!, parse.GetValue(sha256), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{actual}  {parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Upload(CliContext context)
    {
        var (stack, root) = (CommonOptions.Stack(required: true), CommonOptions.Root());
        var commit = CommitOption();
        var file = new Option<string>("--file") { Description = "The Lambda bundle (lambda-packages.zip).", Required = true };
        var command = new Command("upload", "Stores a commit's Lambda bundle at bundles/<commit>/<sha256>.zip of the stack's artifact bucket; prints its SHA-256.");
        command.Options.Add(stack);
        command.Options.Add(commit);
        command.Options.Add(file);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var path = parse.GetValue(file)!;
            var key = ArtifactBucket.BundleKey(parse.GetValue(commit)!, S3ArtifactStore.Sha256Of(path));
            var sha256 = await store.PutAsync(key, path, Tags(ArtifactBucket.Expirable), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{sha256}  s3://{store.Bucket}/{key}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Fetch(CliContext context)
    {
        var (stack, root) = (CommonOptions.Stack(required: true), CommonOptions.Root());
        var (commit, sha256, output) = (CommitOption(), Sha256Option(), OutOption());
        var command = new Command("fetch", "Reads a commit's Lambda bundle from the stack's own artifact bucket, refusing any other SHA-256.");
        command.Options.Add(stack);
        command.Options.Add(commit);
        command.Options.Add(sha256);
        command.Options.Add(output);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var key = ArtifactBucket.BundleKey(parse.GetValue(commit)!, parse.GetValue(sha256)!);
            var actual = await store.GetAsync(key, parse.GetValue(output)!, parse.GetValue(sha256), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{actual}  {parse.GetValue(output)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CopyFromLower(CliContext context)
    {
        var (stack, root) = (CommonOptions.Stack(required: true), CommonOptions.Root());
        var (commit, sha256, output) = (CommitOption(), Sha256Option(), OutOption());
        var command = new Command("copy-from-lower", "Promotion: reads a commit's Lambda bundle from the bucket of the stack this one is promoted from, verifies its SHA-256, stores it in this stack's bucket and writes it to --out.");
        command.Options.Add(stack);
        command.Options.Add(commit);
        command.Options.Add(sha256);
        command.Options.Add(output);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var project = ProjectConfig.Load(CliContext.FindRepositoryRoot(parse.GetValue(root)));
            var config = project.Stack(parse.GetValue(stack)!);
            var lowerName = project.Project.PromotedFrom(config.StackName)
                ?? throw new InfraException($"--stack {config.StackName}: no stack promotes to it (Pulumi.yaml's promotion order), so there is no lower bucket to copy from; a first stack's bundle is uploaded by its deploy ('infra artifacts upload').", ExitCodes.BadInput);
            var lower = project.Stack(lowerName);
            var key = ArtifactBucket.BundleKey(parse.GetValue(commit)!, parse.GetValue(sha256)!);
            var path = parse.GetValue(output)!;

            // The lower bucket is read with this stack's credentials: the lower stack's bootstrap grants this stack's
            // deploy and promotion plan roles the read of bundles/ (PromotionReads), their ledgers grant it too.
            var credentials = new AwsCredentialSource();
            var lowerStore = Store(lower, credentials);
            _ = await lowerStore.GetAsync(key, path, parse.GetValue(sha256), cancellationToken).ConfigureAwait(false);
            var own = Store(config, credentials);
            var stored = await own.PutAsync(key, path, Tags(ArtifactBucket.Expirable), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"{stored}  s3://{lowerStore.Bucket}/{key} -> s3://{own.Bucket}/{key}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Pin(CliContext context)
    {
        var (stack, root) = (CommonOptions.Stack(required: true), CommonOptions.Root());
        var (commit, sha256) = (CommitOption(), Sha256Option());
        var command = new Command("pin", "Tags a deployed commit's bundle retention=pinned in the stack's artifact bucket, so that the bucket's lifecycle never expires it.");
        command.Options.Add(stack);
        command.Options.Add(commit);
        command.Options.Add(sha256);
        command.Options.Add(root);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = Store(parse.GetValue(root), parse.GetValue(stack)!);
            var key = ArtifactBucket.BundleKey(parse.GetValue(commit)!, parse.GetValue(sha256)!);
            await store.TagAsync(key, Tags(ArtifactBucket.Pinned), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"pinned s3://{store.Bucket}/{key}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static S3ArtifactStore Store(string? root, string stack) =>
        Store(ProjectConfig.Load(CliContext.FindRepositoryRoot(root)).Stack(stack), new AwsCredentialSource());

    private static S3ArtifactStore Store(StackConfig config, AwsCredentialSource credentials) =>
        new(credentials, StackTarget.From(config), ArtifactBucket.Name(config), ArtifactBucket.KeyAliasArn(config));

    private static Dictionary<string, string> Tags(string retention) => new(StringComparer.Ordinal) { [ArtifactBucket.RetentionTag] = retention };

    private static Option<string> KeyOption() => new("--key") { Description = "The object key, e.g. plans/sit/<run>/tfplan.", Required = true };

    private static Option<string> OutOption() => new("--out") { Description = "The file to write (written only once its SHA-256 is verified).", Required = true };

    private static Option<string> CommitOption() => new("--commit") { Description = "The commit whose Lambda bundle it is (full SHA).", Required = true };

    private static Option<string> Sha256Option() => new("--sha256") { Description = "The bundle's SHA-256 (its .sha256 file, or the deployment record's artifactSha256).", Required = true };
}
