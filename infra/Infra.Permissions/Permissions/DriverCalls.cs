using Infra.Configuration;
using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// The AWS calls the deploy driver makes itself, besides the engine's, as <see cref="RequiredCall"/>s on the resources
/// of a stack's main root: what <c>infra deploy</c>, <c>infra promote</c> and <c>infra rollback</c> need from the
/// deploy role. The driver finds its resources through the stack outputs, so the declaration follows the same outputs
/// to the resources they reference. <c>infra plan</c> (the plan and drift jobs) makes only STS GetCallerIdentity,
/// which needs no permission; the one call needed to plan is the drift job's read of the deployed bundle from the
/// artifact bucket (<c>infra artifacts fetch</c>). <c>infra unfreeze</c> (SSM DeleteParameter) is run
/// by a person, never by CI, and is not declared: a CI role must not be able to lift a freeze.
/// </summary>
public static class DriverCalls
{
    /// <summary>The <see cref="RequiredCall.Address"/> of every driver call.</summary>
    public const string Address = "driver";

    /// <summary>The stack whose deploys back up tables first and freeze the stack when they fail (the deploy driver's production stack).</summary>
    public const string ProductionStack = "prod";

    /// <summary>The alias the driver shifts, invokes and rolls back (the deploy driver's live alias).</summary>
    public const string LiveAlias = "live";

    /// <summary>The output listing the Lambda services: functions, CodeDeploy applications and groups, alarms.</summary>
    public const string LambdaServicesOutput = "lambda_services";

    /// <summary>The output listing the tables backed up before a production apply.</summary>
    public const string TableNamesOutput = "dynamodb_table_names";

    /// <summary>The output naming the topic every deploy event goes to.</summary>
    public const string TopicOutput = "deployment_notifications_topic_arn";

    /// <summary>The output listing the smoke checks the services declare: functions invoked at an alias, API paths fetched (signed or not).</summary>
    public const string SmokeChecksOutput = "smoke_checks";

    // Terraform's default when a deployment group names no deployment config.
    private const string DefaultDeploymentConfig = "CodeDeployDefault.OneAtATime";

    // AWS-managed keys are usable by every principal of the account through the service: no grant is needed.
    private const string AwsManagedSnsKey = "alias/aws/sns";

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoContext = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The SSM parameter holding the stack's deploy freeze: <c>/&lt;project&gt;/&lt;stack&gt;/deploy-freeze</c>.</summary>
    public static string FreezeParameterName(Stack stack) => $"/{stack.Project}/{stack.Name}/deploy-freeze";

    /// <summary>
    /// Every call the driver makes for <paramref name="stack"/>, in the order of the deploy sequence, each resource
    /// rendered by <paramref name="arns"/>. A main root whose outputs name resources the driver cannot use is an
    /// <see cref="InfraException"/> naming the output and the fix.
    /// </summary>
    public static IReadOnlyList<RequiredCall> Of(Stack stack, IResourceArns arns)
    {
        var root = stack.Main;
        var calls = new List<RequiredCall>();
        var production = stack.Name == ProductionStack;
        void Add(string operation, string action, string resource, string source, IReadOnlyDictionary<string, IReadOnlyList<string>>? context = null) =>
            calls.Add(new RequiredCall(Address, operation, action, resource, context ?? NoContext, source, false));

        var parameter = SsmParameterArn(stack, FreezeParameterName(stack));
        Add("freeze-check", "ssm:GetParameter", parameter, "Deploy/Aws/SsmDeployFreeze.cs: GetParameter");
        if (production)
        {
            foreach (var table in Referenced(root, TableNamesOutput, "aws_dynamodb_table"))
            {
                Add("backup", "dynamodb:CreateBackup", arns.Arn(table), "Deploy/Aws/DynamoDbTableBackups.cs: CreateBackup");
            }

            // A failed production deploy freezes the stack until someone lifts the freeze.
            Add("freeze-on-failure", "ssm:PutParameter", parameter, "Deploy/Aws/SsmDeployFreeze.cs: PutParameter");
        }

        var functions = Referenced(root, LambdaServicesOutput, "aws_lambda_function");
        foreach (var function in functions)
        {
            var arn = arns.Arn(function);
            Add("alias-shift", "lambda:GetAlias", arn, "Deploy/Aws/LambdaAliases.cs: GetAlias");

            // Alias calls name the alias in the path, not as a qualifier: IAM evaluates them on the function's ARN.
            Add("alias-shift", "lambda:UpdateAlias", arn, "Deploy/Aws/LambdaAliases.cs: UpdateAlias");
            Add("rollback", "lambda:ListVersionsByFunction", arn, "Deploy/Aws/LambdaAliases.cs: ListVersionsByFunction");
        }

        var groups = Referenced(root, LambdaServicesOutput, "aws_codedeploy_deployment_group");
        foreach (var group in groups)
        {
            var arn = arns.Arn(group);
            Add("codedeploy", "codedeploy:CreateDeployment", arn, "Deploy/Aws/CodeDeployClient.cs: CreateDeployment");
            Add("codedeploy", "codedeploy:GetDeployment", arn, "Deploy/Aws/CodeDeployClient.cs: GetDeployment");
            Add("codedeploy", "codedeploy:ListDeployments", arn, "Deploy/Aws/CodeDeployClient.cs: ListDeployments");
        }

        // Groups share deployment configs: each is declared once.
        foreach (var config in groups.Select(g => DeploymentConfigArn(stack, g, arns)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            Add("codedeploy", "codedeploy:GetDeploymentConfig", config, "Deploy/Aws/CodeDeployClient.cs: CreateDeployment reads the group's deployment config");
        }

        foreach (var application in Referenced(root, LambdaServicesOutput, "aws_codedeploy_app"))
        {
            var arn = arns.Arn(application);
            Add("codedeploy", "codedeploy:RegisterApplicationRevision", arn, "Deploy/Aws/CodeDeployClient.cs: CreateDeployment registers its AppSpec revision");
            Add("codedeploy", "codedeploy:GetApplicationRevision", arn, "Deploy/Aws/CodeDeployClient.cs: CreateDeployment reads its AppSpec revision");
        }

        if (groups.Count > 0)
        {
            // StopDeployment takes no resource-level permissions.
            Add("codedeploy", "codedeploy:StopDeployment", "*", "Deploy/Aws/CodeDeployClient.cs: StopDeployment");
        }

        foreach (var alarm in Referenced(root, LambdaServicesOutput, "aws_cloudwatch_metric_alarm"))
        {
            Add("alarms", "cloudwatch:DescribeAlarms", arns.Arn(alarm), "Deploy/Aws/CloudWatchAlarms.cs: DescribeAlarms");
        }

        var checks = SmokeChecks(root);
        foreach (var (function, alias) in checks.Where(c => c.Function is not null).Select(c => (c.Function!, c.Alias)).DistinctBy(f => f.Item1.TerraformAddress, StringComparer.Ordinal))
        {
            // A qualified invoke is evaluated on the qualified ARN: an unqualified grant does not allow it.
            Add("smoke-test", "lambda:InvokeFunction", $"{arns.Arn(function)}:{AliasName(root, function, alias)}", "Deploy/Aws/LambdaAliases.cs: Invoke");
        }

        foreach (var check in checks.Where(c => c.Stage is not null && c.Signed))
        {
            Add("smoke-test", "execute-api:Invoke", StageRouteArn(stack, check.Stage!, arns, check.Path!), $"Deploy/SmokeTests.cs: GET of /{check.Path}, signed since its route uses AWS_IAM");
        }

        foreach (var topic in Referenced(root, TopicOutput, "aws_sns_topic"))
        {
            Add("notify", "sns:Publish", arns.Arn(topic), "Deploy/Aws/SnsNotifier.cs: Publish");
            if (TopicKeyArn(topic, arns) is { } key)
            {
                // Publishing to an encrypted topic makes SNS use the key on the publisher's behalf.
                var viaSns = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["kms:ViaService"] = [$"sns.{stack.Region}.amazonaws.com"] };
                Add("notify", "kms:GenerateDataKey", key, "Deploy/Aws/SnsNotifier.cs: Publish to a topic encrypted with a KMS key", viaSns);
                Add("notify", "kms:Decrypt", key, "Deploy/Aws/SnsNotifier.cs: Publish to a topic encrypted with a KMS key", viaSns);
            }
        }

        ArtifactCalls(stack, arns, calls);
        return calls;
    }

    /// <summary>
    /// The artifact bucket's calls (<c>infra artifacts</c>, Deploy/Aws/S3ArtifactStore.cs) on the account's own bucket:
    /// every job that plans or deploys at a commit reads that commit's bundle (drift too, so reading is needed to plan);
    /// the deploy job stores and pins bundles. S3 uses the bucket's key on the caller's behalf for both.
    /// </summary>
    private static void ArtifactCalls(Stack stack, IResourceArns arns, List<RequiredCall> calls)
    {
        var bucket = ArtifactBucket.Name(stack.Config);
        var bundles = $"arn:aws:s3:::{bucket}/{ArtifactBucket.BundlePrefix}*";
        var viaS3 = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["kms:ViaService"] = [$"s3.{stack.Region}.amazonaws.com"] };
        var encrypted = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["s3:x-amz-server-side-encryption"] = ["aws:kms"],
            ["s3:x-amz-server-side-encryption-aws-kms-key-id"] = [ArtifactBucket.KeyAliasArn(stack.Config)],
        };
        var key = ArtifactKeyArn(stack, arns);
        void Add(string action, string resource, string source, bool neededToPlan, IReadOnlyDictionary<string, IReadOnlyList<string>>? context = null) =>
            calls.Add(new RequiredCall(Address, "artifacts", action, resource, context ?? NoContext, source, neededToPlan));

        Add("s3:GetObject", bundles, "Deploy/Aws/S3ArtifactStore.cs: GetObject of a bundle (artifacts fetch)", true);
        Add("s3:PutObject", bundles, "Deploy/Aws/S3ArtifactStore.cs: PutObject of a bundle (artifacts upload, copy-from-lower)", false, encrypted);
        Add("s3:PutObjectTagging", bundles, "Deploy/Aws/S3ArtifactStore.cs: PutObjectTagging of a bundle (artifacts pin)", false);

        // A promoted stack's apply job reads back the saved plan its plan job stored under plans/<stack>/ (only its own).
        if (stack.Config.ProjectFile.PromotedFrom(stack.Name) is not null)
        {
            Add("s3:GetObject", $"arn:aws:s3:::{bucket}/{ArtifactBucket.PlanPrefix}{stack.Name}/*", "Deploy/Aws/S3ArtifactStore.cs: GetObject of the saved plan (artifacts get in the apply job of a promotion)", false);
        }
        if (key is not null)
        {
            Add("kms:Decrypt", key, "Deploy/Aws/S3ArtifactStore.cs: GetObject of an object encrypted with the bucket's key", true, viaS3);
            Add("kms:GenerateDataKey", key, "Deploy/Aws/S3ArtifactStore.cs: PutObject with SSE-KMS and the bucket's key", false, viaS3);
        }
    }

    /// <summary>
    /// A promotion's reads of the bucket of the stack it promotes from (<paramref name="lower"/>), in that stack's
    /// account: the plan job fetches the bundle (<c>artifacts fetch --stack &lt;lower&gt;</c>) and the apply job copies it
    /// (<c>artifacts copy-from-lower</c>), each with a role of the promoted stack, <paramref name="readers"/>. S3
    /// decrypts it with the lower bucket's key on the caller's behalf, naming the bucket as encryption context (the
    /// bucket key). Each call carries the lower account (<see cref="RequiredCall.ResourceAccount"/>): the lower bucket's
    /// and key's policies must allow it as well as the caller's own.
    /// </summary>
    public static IReadOnlyList<RequiredCall> FromLower(Stack lower, IResourceArns lowerArns, IReadOnlyList<string> readers)
    {
        var bucket = ArtifactBucket.Name(lower.Config);
        var calls = new List<RequiredCall>
        {
            new(Address, "promotion", "s3:GetObject", $"arn:aws:s3:::{bucket}/{ArtifactBucket.BundlePrefix}*", NoContext, "Deploy/Aws/S3ArtifactStore.cs: GetObject of a bundle from the bucket of the stack promoted from (artifacts fetch in a promotion's plan job, copy-from-lower in its apply job)", false)
            {
                ResourceAccount = lower.AccountId,
                MadeBy = readers,
            },
        };
        if (ArtifactKeyArn(lower, lowerArns) is { } key)
        {
            var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["kms:ViaService"] = [$"s3.{lower.Region}.amazonaws.com"],
                ["kms:EncryptionContext:aws:s3:arn"] = [$"arn:aws:s3:::{bucket}"],
            };
            calls.Add(new RequiredCall(Address, "promotion", "kms:Decrypt", key, context, "Deploy/Aws/S3ArtifactStore.cs: GetObject of a bundle encrypted with the key of the bucket of the stack promoted from", false)
            {
                ResourceAccount = lower.AccountId,
                MadeBy = readers,
            });
        }

        return calls;
    }

    // The bootstrap key whose alias is the artifact bucket's: a stack built without a bootstrap root has none.
    private static string? ArtifactKeyArn(Stack stack, IResourceArns arns)
    {
        var alias = "alias/" + ArtifactBucket.KeyAlias(stack.Config);
        var key = stack.Bootstrap.CustomResources
            .Where(r => r.Type == "aws_kms_alias")
            .Select(r => r.ReadProperties())
            .Where(p => p["name"] is ScalarValue { Value: string name } && name == alias)
            .Select(p => p["target_key_id"] is ExpressionValue { Expression: AttributeReference reference } ? reference.Resource : null)
            .FirstOrDefault(r => r is not null);
        return key is null ? null : arns.Arn(key);
    }

    /// <summary>The resources of type <paramref name="type"/> that the output <paramref name="output"/> references, ordered by address.</summary>
    private static IReadOnlyList<CustomResource> Referenced(StackRoot root, string output, string type)
    {
        if (!root.Outputs.TryGetValue(output, out var value))
        {
            return [];
        }

        return References(value.Expression)
            .Select(r => r.Resource)
            .Where(r => r.Type == type)
            .DistinctBy(r => r.TerraformAddress, StringComparer.Ordinal)
            .OrderBy(r => r.TerraformAddress, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<AttributeReference> References(object part) => part switch
    {
        AttributeReference reference => [reference],
        Template template => template.Parts.SelectMany(References),
        _ => [],
    };

    /// <summary>The name of <paramref name="function"/>'s alias <paramref name="alias"/>, which must exist in the root.</summary>
    private static string AliasName(StackRoot root, CustomResource function, string alias)
    {
        var found = root.CustomResources
            .Where(r => r.Type == "aws_lambda_alias")
            .Select(r => r.ReadProperties())
            .FirstOrDefault(p => p["function_name"] is ExpressionValue { Expression: AttributeReference reference } && reference.Resource == function
                && p["name"] is ScalarValue { Value: string name } && name == alias);
        return found is null
            ? throw new InfraException(
                $"stacks/{root.Stack.Name}/terraform/main.tf.json: output '{SmokeChecksOutput}' names {function.TerraformAddress}, which has no aws_lambda_alias named '{alias}'. " +
                $"The smoke test invokes that alias: give the function a '{alias}' alias whose function_name references it, or declare the check on a service that has one.")
            : alias;
    }

    // One declared smoke check, its references resolved to the resources they name.
    private sealed record SmokeCall(CustomResource? Function, string Alias, CustomResource? Stage, string? Path, bool Signed);

    // The output is JSON text whose values interpolate references: each reference is read as a token, so that the JSON
    // can be parsed and every token mapped back to the resource it names.
    private static List<SmokeCall> SmokeChecks(StackRoot root)
    {
        if (!root.Outputs.TryGetValue(SmokeChecksOutput, out var value))
        {
            return [];
        }

        var references = new List<AttributeReference>();
        var text = new System.Text.StringBuilder();
        void Append(object part)
        {
            switch (part)
            {
                case string literal:
                    text.Append(literal);
                    break;
                case AttributeReference reference:
                    references.Add(reference);
                    text.Append("\uE000").Append(references.Count - 1).Append('\uE000');
                    break;
                case Template template:
                    template.Parts.ToList().ForEach(Append);
                    break;
                default:
                    throw NotSmokeJson(root, $"it holds {part.GetType().Name}, not only text and resource attributes");
            }
        }

        Append(value.Expression);
        System.Text.Json.Nodes.JsonArray checks;
        try
        {
            checks = System.Text.Json.Nodes.JsonNode.Parse(text.ToString()) as System.Text.Json.Nodes.JsonArray ?? throw NotSmokeJson(root, "it is not a JSON list");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw NotSmokeJson(root, e.Message);
        }

        CustomResource? Referenced(System.Text.Json.Nodes.JsonNode? node, string type) =>
            node?.GetValue<string>() is { Length: > 2 } token && token[0] == '\uE000' && token[^1] == '\uE000'
            && int.TryParse(token[1..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && references[index].Resource.Type == type
                ? references[index].Resource
                : null;

        return checks.Select(c => new SmokeCall(
            Referenced(c?["function_name"], "aws_lambda_function"),
            c?["alias"]?.GetValue<string>() ?? LiveAlias,
            Referenced(c?["base_url"], "aws_api_gateway_stage"),
            c?["path"]?.GetValue<string>(),
            c?["signed"]?.GetValue<bool>() == true)).ToList();
    }

    private static InfraException NotSmokeJson(StackRoot root, string why) => new(
        $"stacks/{root.Stack.Name}/terraform/main.tf.json: output '{SmokeChecksOutput}' cannot be read ({why}), so the deploy role's smoke-test calls cannot be scoped. Export it with ServiceOutputs.Export.");

    private static string StageRouteArn(Stack stack, CustomResource stage, IResourceArns arns, string path)
    {
        var properties = stage.ReadProperties();
        string Text(string argument) => properties[argument] switch
        {
            ScalarValue { Value: string text } => text,
            ExpressionValue { Expression: AttributeReference reference } => arns.Value(reference),
            _ => throw new InfraException(
                $"stacks/{stack.Name}/terraform/main.tf.json: {stage.TerraformAddress}.{argument} is neither text nor a reference, so the smoke test's execute-api:Invoke cannot be scoped. " +
                "Set it to a literal or to another resource's attribute."),
        };
        return $"arn:aws:execute-api:{stack.Region}:{stack.AccountId}:{Text("rest_api_id")}/{Text("stage_name")}/GET/{path}";
    }

    private static string DeploymentConfigArn(Stack stack, CustomResource group, IResourceArns arns) => InputReader.ReadOne(group.Args, "deployment_config_name") switch
    {
        null => $"arn:aws:codedeploy:{stack.Region}:{stack.AccountId}:deploymentconfig:{DefaultDeploymentConfig}",
        ScalarValue { Value: string name } => $"arn:aws:codedeploy:{stack.Region}:{stack.AccountId}:deploymentconfig:{name}",
        ExpressionValue { Expression: AttributeReference reference } => arns.Arn(reference.Resource),
        _ => throw new InfraException(
            $"stacks/{stack.Name}/terraform/main.tf.json: {group.TerraformAddress}.deployment_config_name is neither a name nor a reference to a deployment config, " +
            "so the deploy role's codedeploy:GetDeploymentConfig cannot be scoped. Write the config's name (e.g. CodeDeployDefault.LambdaAllAtOnce) or reference an aws_codedeploy_deployment_config."),
    };

    /// <summary>The ARN of the key encrypting <paramref name="topic"/>; null when it is unencrypted or uses the AWS-managed key.</summary>
    private static string? TopicKeyArn(CustomResource topic, IResourceArns arns) => InputReader.ReadOne(topic.Args, "kms_master_key_id") switch
    {
        null => null,
        ScalarValue { Value: AwsManagedSnsKey } => null,
        ScalarValue { Value: string arn } when arn.StartsWith("arn:", StringComparison.Ordinal) => arn,
        ExpressionValue { Expression: AttributeReference reference } => arns.Value(reference),
        _ => throw new InfraException(
            $"stacks/{topic.Root.Stack.Name}/terraform/main.tf.json: {topic.TerraformAddress}.kms_master_key_id is neither a key ARN nor a reference to one, " +
            "so the publisher's kms:GenerateDataKey and kms:Decrypt cannot be scoped to the key. Reference the key's arn (aws_kms_key.<name>.arn)."),
    };

    // A parameter name that starts with '/' is written after 'parameter' without a second slash.
    private static string SsmParameterArn(Stack stack, string name) =>
        $"arn:aws:ssm:{stack.Region}:{stack.AccountId}:parameter{(name.StartsWith('/') ? name : "/" + name)}";
}
