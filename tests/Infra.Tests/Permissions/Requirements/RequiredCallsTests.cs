using Infra.Model;
using Infra.Permissions;
using Infra.Tests.Testing;

namespace Infra.Tests.Permissions;

public class RequiredCallsTests
{
    private const string Account = "536580886816";
    private static readonly Lazy<IamCatalog> Catalog = new(() => IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath)));
    private TempFolder folder = null!;
    private Stack dev = null!;
    private RequirementTable table = null!;
    private IReadOnlyList<RequiredCall> calls = null!;

    [OneTimeSetUp]
    public void BuildDev()
    {
        folder = new TempFolder();
        dev = StackHarness.Build(RepositoryFiles.Root, "dev");
        table = TestTables.Load(folder, Catalog.Value);
        calls = RequiredCalls.Of(dev.Main, table, new ResourceArns(table, dev));
    }

    [OneTimeTearDown]
    public void RemoveFolder() => folder.Dispose();

    [Test]
    public void CreatingAFunctionPassesItsRoleToLambda()
    {
        var passRole = calls.Where(c => c.Address == "aws_lambda_function.order_processor_function" && c.Action == "iam:PassRole" && c.Operation == "create").ToList();

        Assert.That(passRole.Select(c => c.Resource), Is.EqualTo(new[] { $"arn:aws:iam::{Account}:role/bbws/workload/2-1-bbws-order-processor-dev-role" }), "PassRole is evaluated on the function's execution role, with its path");
        Assert.That(passRole[0].Context["iam:PassedToService"], Is.EqualTo(new[] { "lambda.amazonaws.com" }));
        Assert.That(passRole[0].NeededToPlan, Is.False, "a plan never creates a function");
        Assert.That(passRole[0].Source, Is.EqualTo("infra/IamRequirements/aws/aws_lambda_function.yaml: create iam:PassRole"));
    }

    [Test]
    public void TerraformWritesStateAndLockFileAskingForTheStateKeyByItsAliasWhilePulumiLeavesItToTheBucketDefault()
    {
        var puts = calls.Where(c => c.Address == "state" && c.Action == "s3:PutObject").ToList();
        var terraform = puts.Where(c => c.Operation is StateAccess.TerraformStateWrite or StateAccess.TerraformLock).ToList();
        var pulumi = puts.Except(terraform).ToList();

        Assert.That(terraform, Has.Count.EqualTo(2), "the state object and the lock file");
        Assert.Multiple(() =>
        {
            foreach (var put in terraform)
            {
                Assert.That(put.Context.GetValueOrDefault("s3:x-amz-server-side-encryption"), Is.EqualTo(new[] { "aws:kms" }), $"{put.Resource}: the backend asks for SSE-KMS");
                Assert.That(put.Context.GetValueOrDefault("s3:x-amz-server-side-encryption-aws-kms-key-id"), Is.EqualTo(new[] { $"arn:aws:kms:eu-west-1:{Account}:alias/2-1-bbws-tfstate-dev" }), $"{put.Resource}: the backend names the state key by its alias ARN (kms_key_id)");
            }

            foreach (var put in pulumi)
            {
                Assert.That(put.Context.Keys.Where(k => k.StartsWith("s3:x-amz-server-side-encryption", StringComparison.Ordinal)), Is.Empty, $"{put.Resource}: Pulumi's backend sends no encryption headers");
            }
        });
        Assert.That(pulumi, Is.Not.Empty, "Pulumi writes its checkpoint, history, backups and lock");
    }

    [Test]
    public void WritingAWorkloadRoleCarriesItsBoundaryOnItsPathedArn()
    {
        const string Role = $"arn:aws:iam::{Account}:role/bbws/workload/2-1-bbws-product-api-dev-role";
        const string Boundary = $"arn:aws:iam::{Account}:policy/2-1-bbws-workload-boundary-dev";
        var create = calls.Single(c => c.Address == "aws_iam_role.product_api_role" && c.Action == "iam:CreateRole");
        var put = calls.Single(c => c.Address == "aws_iam_role_policy.product_api_policy" && c.Action == "iam:PutRolePolicy" && c.Operation == "create");
        var read = calls.First(c => c.Address == "aws_iam_role.product_api_role" && c.Action == "iam:GetRole");

        Assert.That(create.Resource, Is.EqualTo(Role), "the role's ARN holds its path");
        Assert.That(create.Context["iam:PermissionsBoundary"], Is.EqualTo(new[] { Boundary }), "CreateRole carries the boundary it sets");
        Assert.That(put.Resource, Is.EqualTo(Role), "an inline policy's calls are evaluated on its role's ARN, read through the reference, with the path");
        Assert.That(put.Context["iam:PermissionsBoundary"], Is.EqualTo(new[] { Boundary }), "PutRolePolicy carries the role's boundary, read through the reference");
        Assert.That(read.Context, Is.Empty, "a read carries no boundary key: the table gives it none");
    }

    [Test]
    public void ARoleWithoutPathOrBoundaryHasTheDefaultPathAndNoBoundaryKey()
    {
        var deploy = StackHarness.Build(RepositoryFiles.Root, "dev");
        var table = RequirementTable.Load(RepositoryFiles.Root, Catalog.Value);
        var bootstrapCalls = RequiredCalls.Of(deploy.Bootstrap, table, new ResourceArns(table, deploy));

        var create = bootstrapCalls.Single(c => c.Address == "aws_iam_role.github_deploy_role" && c.Action == "iam:CreateRole");

        Assert.That(create.Resource, Is.EqualTo($"arn:aws:iam::{Account}:role/2-1-bbws-github-deploy-dev"), "an unset path is the provider's default '/'");
        Assert.That(create.Context.ContainsKey("iam:PermissionsBoundary"), Is.False, "a role created without a boundary sends no iam:PermissionsBoundary key");
    }

    [Test]
    public void RefreshingAnAliasReadsItOnTheAliasQualifiedArn()
    {
        var getAlias = calls.Single(c => c.Address == "aws_lambda_alias.order_processor_alias" && c.Operation == "refresh");

        Assert.That((getAlias.Action, getAlias.Resource), Is.EqualTo(("lambda:GetAlias", $"arn:aws:lambda:eu-west-1:{Account}:function:2-1-bbws-order-processor-dev:live")));
        Assert.That(getAlias.NeededToPlan, Is.True, "refresh reads are what a plan makes");
    }

    [Test]
    public void LogGroupActionsUseTheStarFormAndTaggingTheBareArn()
    {
        var logs = calls.Where(c => c.Address == "aws_cloudwatch_log_group.order_processor_logs").ToList();
        var arn = $"arn:aws:logs:eu-west-1:{Account}:log-group:/aws/lambda/2-1-bbws-order-processor-dev";

        Assert.That(logs.Single(c => c.Action == "logs:CreateLogGroup").Resource, Is.EqualTo(arn + ":*"));
        Assert.That(logs.Single(c => c.Action == "logs:TagResource").Resource, Is.EqualTo(arn));
        Assert.That(logs.Single(c => c.Operation == "refresh" && c.Action == "logs:DescribeLogGroups").Resource, Is.EqualTo("*"), "DescribeLogGroups has no resource-level permission");
    }

    [Test]
    public void WhenEntriesApplyOnlyToResourcesThatSetTheArgument()
    {
        Assert.That(calls.Any(c => c.Address == "aws_lambda_function.order_processor_function" && c.Action == "kms:Decrypt" && c.Operation == "refresh"), Is.True, "the function sets kms_key_arn, so its plan decrypts the environment");
        Assert.That(calls.Any(c => c.Action == "ec2:DescribeNetworkInterfaces"), Is.False, "no function sets vpc_config");
    }

    [Test]
    public void UntaggableTypesHaveNoTagCalls()
    {
        Assert.That(calls.Where(c => c.Address.StartsWith("aws_lambda_alias.", StringComparison.Ordinal) && c.Operation == "tag"), Is.Empty);
        Assert.That(calls.Any(c => c.Address == "aws_lambda_function.order_processor_function" && c.Operation == "tag" && c.Action == "lambda:TagResource"), Is.True);
    }

    [Test]
    public void AListValuedContextYieldsTheReferencedArns()
    {
        var create = calls.Single(c => c.Address == "aws_lambda_event_source_mapping.order_processor_queue_mapping" && c.Action == "lambda:CreateEventSourceMapping");

        Assert.That(create.Resource, Is.EqualTo("*"));
        Assert.That(create.Context["lambda:FunctionArn"], Is.EqualTo(new[] { $"arn:aws:lambda:eu-west-1:{Account}:function:2-1-bbws-order-processor-dev:live" }));
    }

    [Test]
    public void AnUnlockedPlanReadsTheStateAndItsDigestWhileOnlyAnApplyLocksAndWritesIt()
    {
        var state = calls.Where(c => c.Address == "state").ToList();
        var bucket = $"arn:aws:s3:::2-1-bbws-tfstate-dev-{Account}";

        Assert.That(state.Single(c => c.Operation == StateAccess.TerraformStateRead && c.Action == "s3:GetObject").Resource, Is.EqualTo(bucket + "/main/terraform.tfstate"));
        Assert.That(state.Where(c => c.Operation == StateAccess.TerraformLock && c.Action.StartsWith("s3:", StringComparison.Ordinal)).Select(c => (c.Action, c.Resource, c.NeededToPlan)), Is.EquivalentTo(new[]
        {
            ("s3:GetObject", bucket + "/main/terraform.tfstate.tflock", false),
            ("s3:PutObject", bucket + "/main/terraform.tfstate.tflock", false),
            ("s3:DeleteObject", bucket + "/main/terraform.tfstate.tflock", false),
        }), "CI plans with -lock=false: only apply touches the lock file");
        Assert.That(state.Where(c => c.Action.StartsWith("dynamodb:", StringComparison.Ordinal) && c.NeededToPlan).Select(c => c.Action), Is.EqualTo(new[] { "dynamodb:GetItem" }),
            "an unlocked plan still reads the state digest item, and takes no DynamoDB lock");
        Assert.That(state.Single(c => c.Operation == StateAccess.TerraformStateWrite && c.Action == "s3:PutObject").NeededToPlan, Is.False, "only apply writes the state");
        Assert.That(state.Where(c => c.Action.StartsWith("dynamodb:", StringComparison.Ordinal)).Select(c => c.Resource).Distinct(), Is.EqualTo(new[] { $"arn:aws:dynamodb:eu-west-1:{Account}:table/2-1-bbws-tfstate-lock-dev" }));
    }

    [Test]
    public void ReadingTheStateDecryptsWithTheStateKeyThroughS3()
    {
        var decrypt = calls.Single(c => c.Address == "state" && c.Operation == StateAccess.TerraformStateRead && c.Action == "kms:Decrypt" && c.Context["kms:ViaService"][0].StartsWith("s3.", StringComparison.Ordinal));

        Assert.That(decrypt.Resource, Is.EqualTo($"arn:aws:kms:eu-west-1:{Account}:key/${{aws_kms_key.state_key_key.key_id}}"), "the state bucket's default encryption key, created in the bootstrap root");
        Assert.That(decrypt.Context["kms:ViaService"], Is.EqualTo(new[] { "s3.eu-west-1.amazonaws.com" }));
        Assert.That(decrypt.NeededToPlan, Is.True);
    }

    [Test]
    public void ThePulumiStateLivesUnderItsPrefixOfTheStateBucket()
    {
        var checkpoint = calls.Single(c => c.Operation == StateAccess.PulumiStateRead && c.Action == "s3:GetObject" && c.Resource.EndsWith(".json", StringComparison.Ordinal));

        Assert.That(checkpoint.Resource, Is.EqualTo($"arn:aws:s3:::2-1-bbws-tfstate-dev-{Account}/.pulumi/stacks/bbws/dev.json"));
        Assert.That(calls.Where(c => c.Operation == StateAccess.PulumiSecrets).Select(c => c.Action), Is.EquivalentTo(new[] { "kms:Decrypt", "kms:Encrypt" }));
        Assert.That(calls.Where(c => c.Operation == StateAccess.PulumiLock).Select(c => (c.Resource, c.NeededToPlan)).Distinct(), Is.EquivalentTo(new[]
        {
            ($"arn:aws:s3:::2-1-bbws-tfstate-dev-{Account}/.pulumi/locks/organization/bbws/dev/${{pulumi.lock_id}}.json", false),
            ($"arn:aws:kms:eu-west-1:{Account}:key/${{aws_kms_key.state_key_key.key_id}}", false),
        }), "the DIY backend locks up, refresh and destroy under locks/organization/<project>/<stack>/; preview takes no lock");
    }

    [Test]
    public void ResourcesOfOtherProvidersNeedNoIam()
    {
        Assert.That(dev.Bootstrap.CustomResources.Any(r => r.Package != "aws"), Is.True, "the bootstrap root holds github resources to skip");

        var bootstrap = RequiredCalls.Of(dev.Bootstrap, table, new ResourceArns(table, dev));

        Assert.That(bootstrap.Where(c => !c.Address.StartsWith("aws_", StringComparison.Ordinal) && c.Address != "state"), Is.Empty);
    }

    [Test]
    public void AnAwsTypeWithoutATableIsAnErrorNamingTheFileToAdd()
    {
        using var empty = new TempFolder();
        empty.Write(RequirementTable.Folder + "/aws_sqs_queue.yaml", File.ReadAllText(RepositoryFiles.Path(RequirementTable.Folder + "/aws_sqs_queue.yaml")));
        var only = RequirementTable.Load(empty.Path, Catalog.Value);

        var error = Assert.Throws<InfraException>(() => RequiredCalls.Of(dev.Main, only, new ResourceArns(only, dev)));

        Assert.That(error!.Message, Does.Match(@"^aws_\w+\.\w+: no IAM requirements for aws_\w+: add infra/IamRequirements/aws/aws_\w+\.yaml \(README: 'How a resource type gets its IAM requirements'\)\.$"));
    }

    [Test]
    public void AWhenEntryFollowsANestedArgumentAndAFlagSetToFalseIsOff()
    {
        using var only = new TempFolder();
        var tables = TestTables.LoadWith(only, Catalog.Value, "aws_api_gateway_method_settings", """
            type: aws_api_gateway_method_settings
            arn: "arn:aws:apigateway:${region}::/restapis/${rest_api_id}/stages/${stage_name}"
            calls:
              refresh: []
              create: []
              update: []
              delete: []
            when:
              settings.metrics_enabled:
                - operation: update
                  action: apigateway:PATCH
                  resource: "${arn}"
                  source: pike
              settings.data_trace_enabled:
                - operation: update
                  action: apigateway:DELETE
                  resource: "${arn}"
                  source: pike
            """);

        var settings = RequiredCalls.Of(dev.Main, tables, new ResourceArns(tables, dev)).Where(c => c.Address == "aws_api_gateway_method_settings.product_rest_api_method_settings");

        Assert.That(settings.Select(c => (c.Action, c.Resource)), Is.EqualTo(new[] { ("apigateway:PATCH", "arn:aws:apigateway:eu-west-1::/restapis/${aws_api_gateway_rest_api.product_rest_api.id}/stages/dev") }), "metrics_enabled is true and data_trace_enabled false in the stage's settings block");
    }

    [Test]
    public void AListValuedArgumentYieldsOneCallPerElement()
    {
        using var only = new TempFolder();
        var tables = TestTables.LoadWith(only, Catalog.Value, "aws_codedeploy_deployment_group", """
            type: aws_codedeploy_deployment_group
            arn: "arn:aws:codedeploy:${region}:${account}:deploymentgroup:${app_name}/${deployment_group_name}"
            calls:
              refresh: []
              create: []
              update: []
              delete: []
            when:
              alarm_configuration.alarms:
                - operation: refresh
                  action: cloudwatch:DescribeAlarms
                  resource: "arn:aws:cloudwatch:${region}:${account}:alarm:${alarm_configuration.alarms}"
                  source: added
                  why: "test: one call per alarm"
            """);

        var alarms = RequiredCalls.Of(dev.Main, tables, new ResourceArns(tables, dev)).Where(c => c.Address == "aws_codedeploy_deployment_group.order_processor_deploy_group").Select(c => c.Resource);

        Assert.That(alarms, Is.EqualTo(new[] { "errors", "throttles", "duration" }.Select(a => $"arn:aws:cloudwatch:eu-west-1:{Account}:alarm:2-1-bbws-order-processor-dev-{a}")), "each alarm the group watches, by the name its reference resolves to");
    }

    [Test]
    public void ACallReadingAnArgumentTheResourceDoesNotSetIsAnErrorSayingToUseWhen()
    {
        using var only = new TempFolder();
        var tables = TestTables.LoadWith(only, Catalog.Value, "aws_sqs_queue", """
            type: aws_sqs_queue
            arn: "arn:aws:sqs:${region}:${account}:${name}"
            calls:
              refresh:
                - action: kms:Decrypt
                  resource: "${kms_data_key_reuse_period_seconds}"
                  source: pike
              create: []
              update: []
              delete: []
            """);

        var error = Assert.Throws<InfraException>(() => RequiredCalls.Of(dev.Main, tables, new ResourceArns(tables, dev)));

        Assert.That(error!.Message, Does.Match(@"^aws_sqs_queue\.\w+: infra/IamRequirements/aws/aws_sqs_queue\.yaml:5: refresh kms:Decrypt reads an argument this resource does not set \(kms_data_key_reuse_period_seconds\): move the call under 'when: <argument>'"));
    }
}
