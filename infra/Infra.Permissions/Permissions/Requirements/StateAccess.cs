using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// The IAM requests of a root's state (address <c>state</c>): Terraform's S3 backend (state object, S3 lock file,
/// DynamoDB lock table) and the Pulumi engine's state in the same bucket under <c>.pulumi/</c>, with the KMS use the
/// state key's encryption adds. The facts come from the documentation cited beside each group.
/// </summary>
public static class StateAccess
{
    /// <summary>Operation of reading the Terraform state (plan and apply).</summary>
    public const string TerraformStateRead = "terraform-state-read";

    /// <summary>Operation of writing the Terraform state (apply only).</summary>
    public const string TerraformStateWrite = "terraform-state-write";

    /// <summary>Operation of taking and releasing Terraform's lock (apply only: every plan CI makes runs with -lock=false).</summary>
    public const string TerraformLock = "terraform-lock";

    /// <summary>Operation of reading the Pulumi state (preview and up).</summary>
    public const string PulumiStateRead = "pulumi-state-read";

    /// <summary>Operation of writing the Pulumi checkpoint, history and backups (up and destroy only).</summary>
    public const string PulumiStateWrite = "pulumi-state-write";

    /// <summary>Operation of taking and releasing the Pulumi stack lock (up, refresh, destroy; preview takes none).</summary>
    public const string PulumiLock = "pulumi-lock";

    /// <summary>Operation of the Pulumi secrets provider's use of the state key (<c>awskms://</c>).</summary>
    public const string PulumiSecrets = "pulumi-secrets";

    /// <summary>
    /// Where the Pulumi engine keeps its state: <c>pulumi login s3://&lt;state bucket&gt;</c> puts every object under
    /// this prefix of the Terraform state bucket (Pulumi's DIY backend layout), so one bucket, key and lock policy
    /// serve both engines.
    /// </summary>
    public const string PulumiPrefix = ".pulumi/";

    private const string Address = "state";

    /// <summary>The state calls of <paramref name="root"/>; none when the root has no backend.</summary>
    public static IReadOnlyList<RequiredCall> Of(StackRoot root, IResourceArns arns)
    {
        if (root.Backend is not { } backend)
        {
            return [];
        }

        var calls = new List<RequiredCall>();
        var bucket = "arn:aws:s3:::" + backend.Bucket;
        var state = bucket + "/" + backend.Key;
        var lockFile = state + ".tflock";
        var table = backend.LockTableArn;
        var s3Kms = Context("kms:ViaService", $"s3.{backend.Region}.amazonaws.com");
        var stateKey = BucketKey(root, backend, arns);
        var tableKey = LockTableKey(root, backend, arns);

        // encrypt = true with kms_key_id: every state and lock-file put asks for SSE-KMS with the state key's alias ARN
        // (the backend's documentation: "server side encryption of the state and lock files"), so the state bucket's
        // policy judges these headers.
        var sseKms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["s3:x-amz-server-side-encryption"] = ["aws:kms"],
            ["s3:x-amz-server-side-encryption-aws-kms-key-id"] = [backend.KmsKeyAliasArn],
        };

        // Terraform S3 backend (developer.hashicorp.com/terraform/language/backend/s3, "S3 Bucket Permissions"):
        // s3:ListBucket on the bucket, s3:GetObject and s3:PutObject on the state key.
        Add(calls, TerraformStateRead, "s3:ListBucket", bucket, plan: true);
        Add(calls, TerraformStateRead, "s3:GetObject", state, plan: true);
        Add(calls, TerraformStateWrite, "s3:PutObject", state, plan: false, sseKms);

        // use_lockfile = true: s3:GetObject, s3:PutObject and s3:DeleteObject on "<key>.tflock". Only apply takes the
        // lock: every plan made by CI runs with -lock=false (TerraformEngine), so read-only roles need none of these.
        Add(calls, TerraformLock, "s3:GetObject", lockFile, plan: false);
        Add(calls, TerraformLock, "s3:PutObject", lockFile, plan: false, sseKms);
        Add(calls, TerraformLock, "s3:DeleteObject", lockFile, plan: false);

        // dynamodb_table (still set beside use_lockfile, so Terraform takes both locks): PutItem and DeleteItem for
        // the lock; GetItem also reads the state's digest item ("<bucket>/<key>-md5"), which the backend checks on
        // every state read, -lock=false or not.
        Add(calls, TerraformStateRead, "dynamodb:GetItem", table, plan: true);
        Add(calls, TerraformLock, "dynamodb:PutItem", table, plan: false);
        Add(calls, TerraformLock, "dynamodb:DeleteItem", table, plan: false);

        if (stateKey is not null)
        {
            // The bucket's default encryption is SSE-KMS with the state key, so S3 calls KMS as the caller
            // (AWS S3 user guide, "Using server-side encryption with AWS KMS keys": GetObject needs kms:Decrypt,
            // PutObject kms:GenerateDataKey), through S3 (kms:ViaService). The lock file is an object too. A write
            // that S3 completes as a multipart upload also needs kms:Decrypt (S3 user guide, "Multipart upload API and
            // permissions": S3 decrypts the parts to assemble them), which only the roles that write hold.
            Add(calls, TerraformStateRead, "kms:Decrypt", stateKey, plan: true, s3Kms);
            Add(calls, TerraformLock, "kms:GenerateDataKey", stateKey, plan: false, s3Kms);
            Add(calls, TerraformStateWrite, "kms:GenerateDataKey", stateKey, plan: false, s3Kms);
            Add(calls, TerraformStateWrite, "kms:Decrypt", stateKey, plan: false, s3Kms);
        }

        if (tableKey is not null)
        {
            // A table encrypted with a customer managed key: DynamoDB decrypts the table key with the caller's
            // permission, through DynamoDB (AWS KMS developer guide, "How Amazon DynamoDB uses AWS KMS"); the digest
            // read of every plan needs it too.
            Add(calls, TerraformStateRead, "kms:Decrypt", tableKey, plan: true, Context("kms:ViaService", $"dynamodb.{backend.Region}.amazonaws.com"));
        }

        AddPulumi(calls, root, bucket, stateKey, s3Kms);
        return calls;
    }

    private static void AddPulumi(List<RequiredCall> calls, StackRoot root, string bucket, string? stateKey, IReadOnlyDictionary<string, IReadOnlyList<string>> s3Kms)
    {
        // Pulumi's DIY backend (pulumi/pulumi pkg/backend/diy: project_reference_store and lock.go): .pulumi/meta.yaml,
        // the checkpoint .pulumi/stacks/<project>/<stack>.json, .pulumi/history/<project>/<stack>/ and
        // .pulumi/backups/<project>/<stack>/ per update, and a lock object
        // .pulumi/locks/organization/<project>/<stack>/<lock id>.json that up, refresh and destroy take after listing
        // the folder for other locks (and reading them when there are some). Preview takes no lock and writes nothing.
        // Names the engine chooses (timestamps, lock ids) are tokens, matched by a grant on the folder as the real
        // names would be. Its puts carry no encryption headers (the plain s3:// login URL sets no server-side
        // encryption option), so S3 encrypts them with the bucket default, the state key, and the bucket policy has no
        // header to judge.
        var project = root.PulumiProject;
        var stack = root.Stack.Name;
        var prefix = bucket + "/" + PulumiPrefix;
        var checkpoint = $"{prefix}stacks/{project}/{stack}.json";
        var history = $"{prefix}history/{project}/{stack}/${{pulumi.history_object}}";
        var backup = $"{prefix}backups/{project}/{stack}/${{pulumi.backup_object}}";
        var lockObject = $"{prefix}locks/organization/{project}/{stack}/${{pulumi.lock_id}}.json";

        Add(calls, PulumiStateRead, "s3:ListBucket", bucket, plan: true);
        Add(calls, PulumiStateRead, "s3:GetObject", prefix + "meta.yaml", plan: true);
        Add(calls, PulumiStateRead, "s3:GetObject", checkpoint, plan: true);
        Add(calls, PulumiStateWrite, "s3:PutObject", checkpoint, plan: false);
        Add(calls, PulumiStateWrite, "s3:PutObject", history, plan: false);
        Add(calls, PulumiStateWrite, "s3:PutObject", backup, plan: false);
        Add(calls, PulumiLock, "s3:GetObject", lockObject, plan: false);
        Add(calls, PulumiLock, "s3:PutObject", lockObject, plan: false);
        Add(calls, PulumiLock, "s3:DeleteObject", lockObject, plan: false);

        if (stateKey is not null)
        {
            Add(calls, PulumiStateRead, "kms:Decrypt", stateKey, plan: true, s3Kms);
            Add(calls, PulumiLock, "kms:GenerateDataKey", stateKey, plan: false, s3Kms);
            Add(calls, PulumiStateWrite, "kms:GenerateDataKey", stateKey, plan: false, s3Kms);

            // The checkpoint is uploaded in parts once it outgrows one part (the DIY backend writes through an upload
            // manager), which needs kms:Decrypt as above.
            Add(calls, PulumiStateWrite, "kms:Decrypt", stateKey, plan: false, s3Kms);

            // Secrets provider awskms:// with the state key: the stack's data key is encrypted once (kms:Encrypt,
            // when the stack is created) and decrypted by every operation (kms:Decrypt), called directly, not via S3.
            Add(calls, PulumiSecrets, "kms:Decrypt", stateKey, plan: true);
            Add(calls, PulumiSecrets, "kms:Encrypt", stateKey, plan: false);
        }
    }

    // The key of the state bucket's default encryption, from the bootstrap root that creates the bucket; null when
    // the bucket is not SSE-KMS (S3-managed keys need no KMS permission).
    private static string? BucketKey(StackRoot root, TerraformBackend backend, IResourceArns arns) =>
        KeyOf(root, "aws_s3_bucket_server_side_encryption_configuration", "bucket", backend.Bucket, "rule.apply_server_side_encryption_by_default.kms_master_key_id", arns);

    private static string? LockTableKey(StackRoot root, TerraformBackend backend, IResourceArns arns) =>
        KeyOf(root, "aws_dynamodb_table", "name", backend.LockTable, "server_side_encryption.kms_key_arn", arns);

    private static string? KeyOf(StackRoot root, string type, string nameArgument, string name, string keyPath, IResourceArns arns)
    {
        foreach (var resource in root.Stack.Roots.SelectMany(r => r.CustomResources))
        {
            if (resource.Type != type)
            {
                continue;
            }

            var args = new ResourceArgs(resource, arns);
            if (args.Values(nameArgument) is { } names && names.Contains(name, StringComparer.Ordinal))
            {
                return args.Values(keyPath)?.FirstOrDefault();
            }
        }

        return null;
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Context(string key, string value) =>
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [key] = [value] };

    private static void Add(List<RequiredCall> calls, string operation, string action, string resource, bool plan, IReadOnlyDictionary<string, IReadOnlyList<string>>? context = null) =>
        calls.Add(new RequiredCall(Address, operation, action, resource, context ?? new Dictionary<string, IReadOnlyList<string>>(), $"state backend: {operation} {action}", plan));
}
