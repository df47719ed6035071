using System.Reflection;
using Infra.Components;
using Infra.Configuration;
using Infra.Deploy;
using Infra.Deploy.Aws;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Tests.Components;
using Infra.Tests.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.Permissions;

public class DriverCallsTests
{
    // Actions the driver calls that no CI role needs, each with the reason.
    private static readonly IReadOnlyDictionary<string, string> NotDeclared = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sts:GetCallerIdentity"] = "AWS documents that GetCallerIdentity needs no permission and cannot be denied",
        ["ssm:DeleteParameter"] = "only 'infra unfreeze' deletes the freeze, run by a person: a CI role must not be able to lift a freeze",
    };

    // Actions AWS evaluates besides the one the driver's request names.
    private static readonly IReadOnlyDictionary<string, string> ImpliedBy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["codedeploy:GetDeploymentConfig"] = "codedeploy:CreateDeployment",
        ["codedeploy:RegisterApplicationRevision"] = "codedeploy:CreateDeployment",
        ["codedeploy:GetApplicationRevision"] = "codedeploy:CreateDeployment",
        ["kms:GenerateDataKey"] = "sns:Publish",
        ["kms:Decrypt"] = "sns:Publish",
    };

    // Requests the driver signs itself, outside any AwsOperation.
    private static readonly IReadOnlyDictionary<string, string> SignedDirectly = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["execute-api:Invoke"] = "Deploy/SmokeTests.cs signs its GET of an AWS_IAM API",
    };

    private static readonly TestResourceArns Arns = new();
    private static readonly Lazy<IReadOnlyDictionary<string, Stack>> Stacks = new(() =>
        ProjectConfig.Load(RepositoryFiles.Root).Stacks.ToDictionary(s => s.StackName, s => StackHarness.Build(s.StackName), StringComparer.Ordinal));

    private static IReadOnlyList<RequiredCall> Dev => DriverCalls.Of(Stacks.Value["dev"], Arns);

    private static IReadOnlyList<RequiredCall> Prod => DriverCalls.Of(Stacks.Value["prod"], Arns);

    /// <summary>Every AwsOperation the deploy code declares, by the field that holds it (<c>LambdaAliases.UpdateAlias</c>).</summary>
    private static IReadOnlyDictionary<string, AwsOperation> DriverOperations() =>
        typeof(AwsOperation).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => f.FieldType == typeof(AwsOperation))
                .Select(f => (Name: $"{t.Name}.{f.Name}", Operation: (AwsOperation)f.GetValue(null)!)))
            .ToDictionary(o => o.Name, o => o.Operation, StringComparer.Ordinal);

    [Test]
    public void EveryAwsCallOfTheDriverIsDeclaredForSomeStack()
    {
        var operations = DriverOperations();
        var declared = Stacks.Value.Values.SelectMany(s => DriverCalls.Of(s, Arns)).Select(c => c.Action).ToHashSet(StringComparer.Ordinal);

        var missing = operations
            .Where(o => !declared.Contains(o.Value.IamAction) && !NotDeclared.ContainsKey(o.Value.IamAction))
            .Select(o => $"{o.Key} ({o.Value.IamAction})")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.That(operations.Keys, Does.Contain("LambdaAliases.UpdateAlias").And.Contain("SsmDeployFreeze.GetParameter"), "the reflection sweep found none of the driver's AWS operations");
        Assert.That(missing, Is.Empty, $"the driver calls these, but DriverCalls.Of declares them for no stack: add them there:\n{string.Join("\n", missing)}");
    }

    [Test]
    public void EveryUndeclaredActionIsStillOneTheDriverCalls()
    {
        var called = DriverOperations().Values.Select(o => o.IamAction).ToHashSet(StringComparer.Ordinal);

        Assert.That(NotDeclared.Keys.Where(a => !called.Contains(a)), Is.Empty, "an exception names an action no AwsOperation has any more: remove it from NotDeclared");
    }

    [Test]
    public void DeclaresOnlyActionsTheDriverCallsOrThatAwsEvaluatesForThem()
    {
        var called = DriverOperations().Values.Select(o => o.IamAction).ToHashSet(StringComparer.Ordinal);
        var declared = Stacks.Value.Values.SelectMany(s => DriverCalls.Of(s, Arns)).Select(c => c.Action).Distinct(StringComparer.Ordinal);

        var unexplained = declared.Where(a => !called.Contains(a) && !(ImpliedBy.TryGetValue(a, out var by) && called.Contains(by)) && !SignedDirectly.ContainsKey(a)).ToList();

        Assert.That(unexplained, Is.Empty, "DriverCalls declares actions that no AwsOperation calls and no called action implies: remove them or declare the call");
    }

    [Test]
    public void EveryActionOfTheDriverExistsInTheIamCatalog()
    {
        var catalog = IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath));
        var actions = DriverOperations().Select(o => o.Value.IamAction).Concat(Stacks.Value.Values.SelectMany(s => DriverCalls.Of(s, Arns)).Select(c => c.Action));

        Assert.That(actions.Distinct(StringComparer.Ordinal).Where(a => !catalog.Exists(a)), Is.Empty, "these IAM actions do not exist (check the spelling against infra/IamCatalog/actions.tsv)");
    }

    [Test]
    public void ResourceLevelActionsNameAResourceAndTheOthersUseAStar()
    {
        var catalog = IamCatalog.Load(RepositoryFiles.Path(IamCatalog.RelativePath));

        var wrong = Prod.Where(c => catalog.SupportsResourceLevel(c.Action) == (c.Resource == "*")).Select(c => $"{c.Action} on {c.Resource}").ToList();

        Assert.That(wrong, Is.Empty, "an action with resource-level permissions must name its resource, one without must use '*'");
    }

    [Test]
    public void TheFreezeCheckReadsTheStacksSsmParameter()
    {
        Assert.That(Dev, Has.One.Matches<RequiredCall>(c => c.Operation == "freeze-check" && c.Action == "ssm:GetParameter"
            && c.Resource == "arn:aws:ssm:eu-west-1:536580886816:parameter/bbws/dev/deploy-freeze"),
            "deploy reads /bbws/dev/deploy-freeze; the ARN has one slash after 'parameter'");
    }

    [Test]
    public void TheAliasIsMovedOnTheFunctionsArn()
    {
        Assert.That(Dev, Has.One.Matches<RequiredCall>(c => c.Action == "lambda:UpdateAlias"
            && c.Resource == "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev"),
            "UpdateAlias of the product API is evaluated on its unqualified function ARN");
        Assert.That(Dev, Has.One.Matches<RequiredCall>(c => c.Action == "lambda:GetAlias"
            && c.Resource == "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-order-processor-dev"),
            "GetAlias of the order processor is evaluated on its unqualified function ARN");
    }

    [Test]
    public void TheSmokeTestInvokesTheLiveAliasOfTheOrderProcessorAndTheProductApi()
    {
        var invokes = Dev.Where(c => c.Action == "lambda:InvokeFunction").Select(c => c.Resource);

        Assert.That(invokes, Is.EqualTo(new[]
        {
            "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-order-processor-dev:live",
            "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev:live",
        }), "the smoke test invokes the order processor and the product API directly, each qualified with alias live, and nothing else");
    }

    [Test]
    public void CodeDeployIsAllowedOnTheGroupItsConfigAndItsApplication()
    {
        var codedeploy = Dev.Where(c => c.Operation == "codedeploy" && c.Resource.Contains("product-api", StringComparison.Ordinal))
            .Select(c => $"{c.Action} {c.Resource}").Order(StringComparer.Ordinal);

        Assert.That(codedeploy, Is.EqualTo(new[]
        {
            "codedeploy:CreateDeployment arn:aws:codedeploy:eu-west-1:536580886816:deploymentgroup:2-1-bbws-product-api-dev/2-1-bbws-product-api-dev-live",
            "codedeploy:GetApplicationRevision arn:aws:codedeploy:eu-west-1:536580886816:application:2-1-bbws-product-api-dev",
            "codedeploy:GetDeployment arn:aws:codedeploy:eu-west-1:536580886816:deploymentgroup:2-1-bbws-product-api-dev/2-1-bbws-product-api-dev-live",
            "codedeploy:ListDeployments arn:aws:codedeploy:eu-west-1:536580886816:deploymentgroup:2-1-bbws-product-api-dev/2-1-bbws-product-api-dev-live",
            "codedeploy:RegisterApplicationRevision arn:aws:codedeploy:eu-west-1:536580886816:application:2-1-bbws-product-api-dev",
        }), "the product API's CodeDeploy calls, on its application and deployment group");
        Assert.That(Dev, Has.One.Matches<RequiredCall>(c => c.Action == "codedeploy:StopDeployment" && c.Resource == "*"), "StopDeployment takes no resource-level permissions");
        Assert.That(Dev.Where(c => c.Action == "codedeploy:GetDeploymentConfig").Select(c => c.Resource).Distinct(),
            Is.EqualTo(new[] { "arn:aws:codedeploy:eu-west-1:536580886816:deploymentconfig:CodeDeployDefault.LambdaAllAtOnce" }),
            "CreateDeployment reads the deployment config the dev groups name");
    }

    [Test]
    public void RollbackReadsTheAlarmsOfEveryService()
    {
        var alarms = Dev.Where(c => c.Action == "cloudwatch:DescribeAlarms").Select(c => c.Resource).ToList();

        Assert.That(alarms, Has.Count.EqualTo(6).And.Contains("arn:aws:cloudwatch:eu-west-1:536580886816:alarm:2-1-bbws-product-api-dev-errors"),
            "the errors, throttles and duration alarms of both services");
    }

    [Test]
    public void TheNotificationMayPublishAndUseTheTopicsKeyThroughSnsOnly()
    {
        const string key = "arn:aws:kms:eu-west-1:536580886816:key/${aws_kms_key.platform_key_key.key_id}";

        Assert.That(Dev, Has.One.Matches<RequiredCall>(c => c.Action == "sns:Publish" && c.Resource == "arn:aws:sns:eu-west-1:536580886816:2-1-bbws-deployments-dev"),
            "deploy events go to the deployments topic");
        foreach (var action in new[] { "kms:GenerateDataKey", "kms:Decrypt" })
        {
            var call = Dev.SingleOrDefault(c => c.Action == action && c.Operation == "notify");
            Assert.That(call?.Resource, Is.EqualTo(key), $"{action} is needed on the topic's key");
            Assert.That(call?.Context.GetValueOrDefault("kms:ViaService"), Is.EqualTo(new[] { "sns.eu-west-1.amazonaws.com" }), $"{action} is needed only through SNS");
        }
    }

    [Test]
    public void BundlesAreReadByEveryRoleButStoredAndPinnedOnlyByTheDeployRoleWithTheBucketsKey()
    {
        const string bundles = "arn:aws:s3:::2-1-bbws-artifacts-prod-093646564004/bundles/*";
        const string key = "arn:aws:kms:af-south-1:093646564004:key/${aws_kms_key.artifact_key_key.key_id}";
        var artifacts = Prod.Where(c => c.Operation == "artifacts").ToList();

        Assert.That(artifacts.Select(c => (c.Action, c.Resource, c.NeededToPlan)), Is.EquivalentTo(new[]
        {
            ("s3:GetObject", bundles, true),
            ("s3:PutObject", bundles, false),
            ("s3:PutObjectTagging", bundles, false),
            ("kms:Decrypt", key, true),
            ("kms:GenerateDataKey", key, false),
            ("s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-prod-093646564004/plans/prod/*", false),
        }), "drift reads the deployed bundle (needed to plan); only the deploy job stores and pins bundles, each through the bucket's own key, and reads back prod's saved plans (prod is promoted)");
        Assert.That(artifacts.Single(c => c.Action == "s3:PutObject").Context["s3:x-amz-server-side-encryption-aws-kms-key-id"], Is.EqualTo(new[] { "arn:aws:kms:af-south-1:093646564004:alias/2-1-bbws-artifacts-prod" }),
            "the put names the bucket's key, which the bucket policy requires");
        Assert.That(artifacts.Where(c => c.Action.StartsWith("kms:", StringComparison.Ordinal)).Select(c => c.Context["kms:ViaService"]), Has.All.EqualTo(new[] { "s3.af-south-1.amazonaws.com" }),
            "the key is used through S3 only");
    }

    [Test]
    public void OnlyProductionBacksUpTablesAndFreezesOnFailure()
    {
        Assert.That(Dev.Select(c => c.Action), Does.Not.Contain("dynamodb:CreateBackup").And.Not.Contain("ssm:PutParameter"),
            "dev deploys neither back up nor freeze: its role needs neither");
        Assert.That(Prod.Where(c => c.Action == "dynamodb:CreateBackup").Select(c => c.Resource), Is.EquivalentTo(new[]
        {
            "arn:aws:dynamodb:af-south-1:093646564004:table/2-1-bbws-orders-prod",
            "arn:aws:dynamodb:af-south-1:093646564004:table/2-1-bbws-products-prod",
        }), "prod backs up every table of the dynamodb_table_names output");
        Assert.That(Prod, Has.One.Matches<RequiredCall>(c => c.Action == "ssm:PutParameter" && c.Resource == "arn:aws:ssm:af-south-1:093646564004:parameter/bbws/prod/deploy-freeze"),
            "a failed prod deploy freezes prod");
    }

    [Test]
    public void NoDriverCallButTheBundleReadIsNeededToPlanAndAllAreTheDrivers()
    {
        Assert.That(Dev.Concat(Prod).Where(c => c.NeededToPlan && c.Operation != "artifacts").Select(c => c.Action), Is.Empty, "infra plan makes only STS GetCallerIdentity, which needs no permission; only the bundle read of drift is needed to plan");
        Assert.That(Dev.Select(c => c.Address).Distinct(), Is.EqualTo(new[] { DriverCalls.Address }), "every call is the driver's");
    }

    [Test]
    public void NoCallIsDeclaredTwice()
    {
        var twice = Prod.GroupBy(c => $"{c.Operation} {c.Action} {c.Resource}", StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.That(twice, Is.Empty, "the same step, action and resource is declared more than once");
    }

    [Test]
    public void TheDeclarationUsesTheNamesTheDeployCodeUses()
    {
        var dev = Stacks.Value["dev"];

        Assert.That(DriverCalls.FreezeParameterName(dev), Is.EqualTo(IDeployFreeze.ParameterName(StackTarget.From(dev.Config))), "the freeze parameter's name");
        Assert.That(DriverCalls.ProductionStack, Is.EqualTo(StackTarget.ProductionStack), "the production stack");
        Assert.That(DriverCalls.LiveAlias, Is.EqualTo(AppSpec.LiveAlias), "the alias CodeDeploy shifts and the smoke test invokes");
        Assert.That(DriverCalls.LambdaServicesOutput, Is.EqualTo(StackOutputs.LambdaServicesName), "the services output");
        Assert.That(DriverCalls.TableNamesOutput, Is.EqualTo(StackOutputs.TableNamesName), "the tables output");
        Assert.That(DriverCalls.TopicOutput, Is.EqualTo(StackOutputs.TopicName), "the topic output");
        Assert.That(DriverCalls.SmokeChecksOutput, Is.EqualTo(StackOutputs.SmokeChecksName), "the smoke checks output the driver reads");
        Assert.That(DriverCalls.SmokeChecksOutput, Is.EqualTo(ServiceOutputs.SmokeChecksName), "the smoke checks output the components export");
        Assert.That(DriverCalls.LambdaServicesOutput, Is.EqualTo(ServiceOutputs.LambdaServicesName), "the services output the components export");
    }

    [Test]
    public void TheSmokeTestInvokesTheAliasNamedLiveOfTheExportedFunction()
    {
        var stack = TestStacks.Empty();
        var function = RuleFixtures.Function(stack);
        _ = new LambdaAlias("fn-alias", new LambdaAliasArgs { FunctionName = function.FunctionName, FunctionVersion = "1", Name = DriverCalls.LiveAlias }, TestStacks.In(stack.Main));
        stack.Main.Export(DriverCalls.SmokeChecksOutput, InvokeCheck(function));

        Assert.That(DriverCalls.Of(stack, Arns).Where(c => c.Action == "lambda:InvokeFunction").Select(c => c.Resource),
            Is.EqualTo(new[] { "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-fn-dev:live" }), "the exported function is invoked at its live alias");
    }

    [Test]
    public void ASmokeTestFunctionWithoutALiveAliasIsRefusedNamingTheOutputAndTheFix()
    {
        var stack = TestStacks.Empty();
        var function = RuleFixtures.Function(stack);
        _ = new LambdaAlias("fn-alias", new LambdaAliasArgs { FunctionName = function.FunctionName, FunctionVersion = "1", Name = "beta" }, TestStacks.In(stack.Main));
        stack.Main.Export(DriverCalls.SmokeChecksOutput, InvokeCheck(function));

        var error = Assert.Throws<InfraException>(() => DriverCalls.Of(stack, Arns));

        Assert.That(error!.Message, Does.Contain("stacks/dev/terraform/main.tf.json").And.Contain(DriverCalls.SmokeChecksOutput)
            .And.Contain("aws_lambda_function.fn").And.Contain("give the function a 'live' alias"), "the message names the file, the output, the function and the fix");
    }

    [Test]
    public void ATopicKeyThatIsNeitherAnArnNorAReferenceIsRefusedNamingTheField()
    {
        var stack = TestStacks.Empty();
        var topic = new SnsTopic("topic", new SnsTopicArgs { Name = "t", KmsMasterKeyId = "alias/my-key" }, TestStacks.In(stack.Main));
        stack.Main.Export(DriverCalls.TopicOutput, topic.Arn);

        var error = Assert.Throws<InfraException>(() => DriverCalls.Of(stack, Arns));

        Assert.That(error!.Message, Does.Contain("aws_sns_topic.topic.kms_master_key_id").And.Contain("aws_kms_key.<name>.arn"), "the message names the field and the fix");
    }

    [Test]
    public void ASmokeGetOfAnAwsIamRouteLetsTheSmokeTestInvokeThatRoute()
    {
        var stack = TestStacks.Empty();
        var service = LambdaServiceTests.Build(stack, a => a with { SmokeChecks = [SmokeCheck.Get("products")] }, "product-api");
        _ = new LambdaRestApi("rest", new LambdaRestApiArgs
        {
            ApiName = "2-1-bbws-product-api-dev",
            Service = service,
            Routes = [new ApiRoute("GET", "products", "AWS_IAM")],
            StageName = stack.Name,
            Account = new ApiGatewayCloudWatchAccount("apigw", "2-1-bbws-apigateway-cloudwatch-dev", TestStacks.In(stack.Main)),
            LogRetentionDays = 14,
        }, TestStacks.In(stack.Main));
        ServiceOutputs.Export(stack.Main);

        Assert.That(DriverCalls.Of(stack, Arns).Where(c => c.Action == "execute-api:Invoke").Select(c => c.Resource),
            Is.EqualTo(new[] { "arn:aws:execute-api:eu-west-1:536580886816:${aws_api_gateway_rest_api.rest.id}/dev/GET/products" }),
            "the signed GET of /products is evaluated on the stage's route");
        Assert.That(Dev.Select(c => c.Action), Does.Not.Contain("execute-api:Invoke"), "dev's smoke GET is of a public route, so it is unsigned and needs no execute-api:Invoke");
    }

    private static Output<string> InvokeCheck(LambdaFunction function) =>
        Output.Format($"[{{\"alias\":\"live\",\"function_name\":\"{function.FunctionName}\",\"kind\":\"invoke\",\"proves_email\":false}}]");

    [Test]
    public void EverySourceNamesADeployFileThatMakesTheCall()
    {
        var wrong = Prod.Select(c => c.Source).Distinct(StringComparer.Ordinal)
            .Where(source =>
            {
                var (file, call) = (source.Split(": ", 2)[0], source.Split(": ", 2)[1].Split(' ')[0]);
                var path = RepositoryFiles.Path($"infra/Infra.Operations/{file}");
                return !File.Exists(path) || !File.ReadAllText(path).Contains(call, StringComparison.Ordinal);
            })
            .ToList();

        Assert.That(wrong, Is.Empty, "each Source is '<file under infra/Infra.Operations>: <operation the file names>'; these point nowhere");
    }
}
