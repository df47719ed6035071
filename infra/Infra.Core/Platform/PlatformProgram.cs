using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Resources.GitHub;

namespace Infra.Platform;

/// <summary>
/// The platform: which components exist in every stack. Stacks differ only in their config; this program is the
/// same for dev, sit and prod.
/// </summary>
public static class PlatformProgram
{
    /// <summary>The state key of a stack's main root in the state bucket.</summary>
    public const string MainStateKey = "main/terraform.tfstate";

    /// <summary>The state key of a stack's bootstrap root, beside the main one.</summary>
    public const string BootstrapStateKey = "bootstrap/terraform.tfstate";

    /// <summary>The stack config key (without namespace) listing who gets the stack's alerts.</summary>
    public const string SubscriptionsKey = "notificationSubscriptions";

    /// <summary>The stack config key (without namespace): the order queue poller's most concurrent invocations.</summary>
    public const string OrderQueueMaximumConcurrencyKey = "orderQueueMaximumConcurrency";

    /// <summary>The stack config key (without namespace) of the order processor's reserved concurrency; default -1, none.</summary>
    public const string OrderProcessorReservedConcurrencyKey = "orderProcessorReservedConcurrency";

    /// <summary>The stack config key (without namespace) of the product API's reserved concurrency; default -1, none.</summary>
    public const string ProductApiReservedConcurrencyKey = "productApiReservedConcurrency";

    /// <summary>The stack whose bootstrap also holds the read-only pull-request plan role.</summary>
    public const string DevStack = "dev";

    /// <summary>
    /// The stack whose bootstrap holds the repository and its ruleset (each other stack's holds only its own
    /// environments). Prod: the ruleset guards the branches every prod release starts from, so weakening it must
    /// take a prod administrator, and its state sits in the most protected account.
    /// </summary>
    public const string RepositoryStack = "prod";

    /// <summary>The repository's default branch: the only branch whose drift workflow may assume the drift role.</summary>
    public const string DefaultBranch = "main";

    /// <summary>The scheduled drift workflow, the only workflow the drift role trusts (its <c>job_workflow_ref</c>).</summary>
    public const string DriftWorkflowPath = ".github/workflows/drift.yml";

    /// <summary>The workflow that deploys the first stack on every push to <see cref="DeployDevBranches"/>; the first stack's deploy role trusts it on those branches.</summary>
    public const string DeployDevWorkflowPath = ".github/workflows/deploy-dev.yml";

    /// <summary>The rollback workflow; every deploy role trusts it on <see cref="DefaultBranch"/> only.</summary>
    public const string RollbackWorkflowPath = ".github/workflows/rollback.yml";

    /// <summary>The pull-request preview workflow, the only workflow the pull-request plan role trusts.</summary>
    public const string PrPreviewWorkflowPath = ".github/workflows/pr-preview.yml";

    /// <summary>The branches whose pushes deploy the first stack (and the only branches its deploy role trusts for it).</summary>
    public static readonly IReadOnlyList<string> DeployDevBranches = [DefaultBranch, "develop"];

    /// <summary>
    /// The read-only role of a promotion's plan job, in every promoted stack: it plans the stack (no state lock) and
    /// stores the saved plan before anyone approves it.
    /// </summary>
    public const string PromotePlanRole = "github-promote-plan";

    /// <summary>The workflow that promotes to <paramref name="stack"/>; that stack's deploy role trusts it on <see cref="DefaultBranch"/> only.</summary>
    public static string PromoteWorkflowPath(string stack) => $".github/workflows/promote-{stack}.yml";

    /// <summary>Builds one stack's two roots.</summary>
    /// <param name="config">The stack's config.</param>
    /// <param name="repositoryRoot">The checkout, for reading handler sources and templates.</param>
    /// <param name="extraServices">Synthetic services added for the synth benchmark; 0 in real use.</param>
    public static Stack Build(StackConfig config, string repositoryRoot, int extraServices = 0)
    {
        var stack = new Stack(config);
        var naming = new Naming(stack);
        var protect = config.RequireBool("protect");
        var backend = new TerraformBackend(
            Bucket: naming.For("tfstate") + "-" + stack.AccountId,
            Key: MainStateKey,
            Region: stack.Region,
            LockTable: naming.For("tfstate-lock"),
            AccountId: stack.AccountId,
            KmsKeyAlias: naming.For("tfstate"));

        // The boundary's ARN is a literal: the main root names it before bootstrap is applied.
        var boundaryName = naming.For("workload-boundary");
        var boundaryArn = WorkloadBoundary.ArnOf(stack.AccountId, boundaryName);
        var stateKey = DefineBootstrap(stack, naming, backend, protect, repositoryRoot, extraServices, boundaryArn);
        DefineMain(stack, naming, backend, protect, repositoryRoot, extraServices, boundaryArn);

        // Built last: it allows exactly what the main root's workload roles are granted.
        _ = new WorkloadBoundary("workload-boundary", new WorkloadBoundaryArgs
        {
            PolicyName = boundaryName,
            WorkloadGrants = WorkloadBoundary.GrantsOf(stack.Main),
            StateBucket = backend.Bucket,
            LockTableArn = $"arn:aws:dynamodb:{stack.Region}:{stack.AccountId}:table/{backend.LockTable}",
            StateKeyArn = stateKey.Arn,
        }, new ResourceOptions { Parent = stack.Bootstrap });
        return stack;
    }

    private static EncryptionKey DefineBootstrap(Stack stack, Naming naming, TerraformBackend backend, bool protect, string repositoryRoot, int extraServices, string boundaryArn)
    {
        var root = stack.Bootstrap;
        _ = new AwsProvider("aws", ProviderArgs(stack), new ResourceOptions { Parent = root });
        var key = new EncryptionKey("state-key", new EncryptionKeyArgs
        {
            // The alias both backends name as kms_key_id: renaming it here renames it there.
            AliasName = backend.KmsKeyAlias,
            Description = $"Encrypts the Terraform state and lock table of stack {stack.Name}.",
            AccountId = stack.AccountId,
            Region = stack.Region,
            Protect = protect,
        }, new ResourceOptions { Parent = root });
        // One access-log bucket per account: reads of the state (which holds sensitive values) and of the templates are
        // recorded, and the logs expire after AccessLogDays.
        var accessLogs = new SecureBucket("access-logs", new SecureBucketArgs
        {
            BucketName = naming.ForGlobal(AccessLogsPurpose),
            LogDelivery = new AccessLogDelivery(stack.AccountId, [backend.Bucket, naming.ForGlobal(TemplatesPurpose), ArtifactBucket.Name(stack.Config)]),
            ObjectExpiryDays = AccessLogDays,
            NoncurrentVersionDays = 30,
            Protect = protect,
            BucketSuppressions = [LogBucketNotLogged, LogBucketSseS3, StaysInRegion, NoBucketEvents],
        }, new ResourceOptions { Parent = root });
        var state = new StateBackend("state", new StateBackendArgs
        {
            BucketName = backend.Bucket,
            LockTableName = backend.LockTable,
            KmsKeyArn = key.Arn,
            KmsKeyAliasArn = backend.KmsKeyAliasArn,
            Protect = protect,
            AccessLogBucket = accessLogs.Bucket.BucketName,
            BucketSuppressions = [StaysInRegion, NoBucketEvents],
        }, new ResourceOptions { Parent = root });
        root.Backend = backend with { Key = BootstrapStateKey };
        root.Export("state_bucket", state.Bucket.Bucket.BucketName);
        root.Export("lock_table", state.LockTable.TableName);
        var artifactKey = DefineArtifactBucket(stack, protect, accessLogs.Bucket.BucketName);
        DefineGithubRoles(stack, naming, key, artifactKey, repositoryRoot, extraServices, boundaryArn);
        return key;
    }

    // The account's artifact bucket (README "Artifacts"): its own key, so that reading bundles never comes with the
    // power to decrypt state; protected like the state bucket, since losing it loses the bundles rollback needs.
    private static EncryptionKey DefineArtifactBucket(Stack stack, bool protect, Input<string> accessLogBucket)
    {
        var root = stack.Bootstrap;

        // The stack promoted from this one reads its bundles from here, across accounts (PromotionReads).
        var next = PromotionReads.Next(stack.Config);
        var key = new EncryptionKey("artifact-key", new EncryptionKeyArgs
        {
            AliasName = ArtifactBucket.KeyAlias(stack.Config),
            Description = $"Encrypts the build artifacts (Lambda bundles, saved plans) of stack {stack.Name}.",
            AccountId = stack.AccountId,
            Region = stack.Region,
            Protect = protect,
            AdditionalStatements = next is null ? [] : [PromotionReads.KeyStatement(stack.Config, next)],
        }, new ResourceOptions { Parent = root });
        var bucket = new SecureBucket("artifacts", new SecureBucketArgs
        {
            BucketName = ArtifactBucket.Name(stack.Config),
            KmsKeyArn = key.Arn,
            EnforcedKeyAliasArn = ArtifactBucket.KeyAliasArn(stack.Config),
            Protect = protect,
            AccessLogBucket = accessLogBucket,
            BucketSuppressions = [StaysInRegion, NoBucketEvents],
            NoncurrentVersionDays = ArtifactBucket.NoncurrentDays,
            AdditionalStatements = next is null ? [] : [PromotionReads.BucketStatement(stack.Config, next)],

            // Uploads are tagged expirable and a deployed bundle is re-tagged pinned: only what no deployment ran expires.
            LifecycleRules =
            [
                new S3LifecycleRule
                {
                    Id = "expire-unpinned",
                    Status = "Enabled",
                    Filter = [new S3LifecycleFilter { Tag = [new S3LifecycleFilterTag { Key = ArtifactBucket.RetentionTag, Value = ArtifactBucket.Expirable }] }],
                    Expiration = [new S3LifecycleExpiration { Days = ArtifactBucket.ExpirableDays }],
                },
            ],
        }, new ResourceOptions { Parent = root });
        root.Export("artifact_bucket", bucket.Bucket.BucketName);
        return key;
    }

    private static void DefineGithubRoles(Stack stack, Naming naming, EncryptionKey stateKey, EncryptionKey artifactKey, string repositoryRoot, int extraServices, string boundaryArn)
    {
        var root = stack.Bootstrap;
        var config = stack.Config;

        // An account holds one provider per URL: when another stack or a person created it, adopt it instead.
        var providerArn = $"arn:aws:iam::{stack.AccountId}:oidc-provider/{GithubActionsRole.TokenIssuer}";
        var provider = new IamOpenIdConnectProvider("github-oidc", new IamOpenIdConnectProviderArgs
        {
            Url = $"https://{GithubActionsRole.TokenIssuer}",
            ClientIdList = ["sts.amazonaws.com"],
        }, new ResourceOptions
        {
            Parent = root,

            // Deleting the provider locks CI out of the account until an administrator re-applies bootstrap.
            Protect = true,
            RetainOnDelete = true,
            ImportId = config.GetBool("githubOidcProviderExists") == true ? providerArn : null,
        });
        var repository = config.Require("repository");
        var environments = DeploymentEnvironments.For(config);
        var ownerId = NullIfEmpty(config.Get("githubOwnerId"));
        var repositoryId = NullIfEmpty(config.Get("githubRepositoryId"));
        var references = new Dictionary<string, Output<string>> { ["state-key.arn"] = stateKey.Arn, ["artifact-key.arn"] = artifactKey.Arn };
        var lower = StackLocation.LowerOf(config);
        var deploy = new GithubActionsRole("github-deploy", new GithubActionsRoleArgs
        {
            RoleName = naming.For("github-deploy"),
            Description = $"Assumed by GitHub Actions jobs of {repository} in environment {stack.Name} to plan and apply the stack's main root.",
            ProviderArn = provider.Arn,
            Subject = GithubSubject.Environment(repository, environments.Target, ownerId, repositoryId),
            JobWorkflowRefs = DeployWorkflowRefs(repository, stack.Name, config.ProjectFile.PromotedFrom(stack.Name) is null),
            Ledger = Ledger(repositoryRoot, "github-deploy", extraServices),
            LowerStack = lower,
            AccountId = stack.AccountId,
            Region = stack.Region,
            StackName = stack.Name,
            References = references,
            NamePrefix = naming.Prefix,

            // The deploy role creates the workload roles: only under their path, with their boundary.
            Guard = new EscalationGuard
            {
                BoundaryArn = boundaryArn,
                WorkloadRoleArnPattern = WorkloadBoundary.RoleArnPattern(stack.AccountId),
                ProtectedRoleArnPattern = $"arn:aws:iam::{stack.AccountId}:role/{naming.Prefix}-github-*",
                ProviderArn = providerArn,
                StateKeyArn = stateKey.Arn,
            },
        }, new ResourceOptions { Parent = root });
        root.Export("github_deploy_role_arn", deploy.Role.Arn);
        DefineGithubRepository(stack, environments, deploy);

        // Pull-request previews run in dev only, read-only, with -lock=false.
        if (stack.Name == DevStack)
        {
            var plan = new GithubActionsRole("github-plan", new GithubActionsRoleArgs
            {
                RoleName = naming.For("github-plan"),
                Description = $"Assumed by pull-request jobs of {repository} to preview changes read-only (terraform plan -lock=false).",
                ProviderArn = provider.Arn,
                Subject = GithubSubject.PullRequest(repository, ownerId, repositoryId),
                JobWorkflowRefs = [GithubSubject.PullRequestJobWorkflowRef(repository, PrPreviewWorkflowPath)],
                Ledger = Ledger(repositoryRoot, "github-plan", extraServices),
                LowerStack = lower,
                AccountId = stack.AccountId,
                Region = stack.Region,
                StackName = stack.Name,
                References = references,
                NamePrefix = naming.Prefix,
            }, new ResourceOptions { Parent = root });
            root.Export("github_plan_role_arn", plan.Role.Arn);
        }

        // A promotion plans before its approvals, so approvers see the plan: read-only, trusted for the plan job of the
        // stack's promotion workflow on the default branch only. The job runs in no environment (an environment
        // without reviewers would add nothing the branch subject and the workflow pin do not already require), so its
        // subject is the branch's.
        if (config.ProjectFile.PromotedFrom(stack.Name) is not null)
        {
            var promotePlan = new GithubActionsRole(PromotePlanRole, new GithubActionsRoleArgs
            {
                RoleName = naming.For(PromotePlanRole),
                Description = $"Assumed by the plan job of {PromoteWorkflowPath(stack.Name)} of {repository} on {DefaultBranch} to plan the stack read-only (terraform plan -lock=false) before the approvals.",
                ProviderArn = provider.Arn,
                Subject = GithubSubject.Branch(repository, DefaultBranch, ownerId, repositoryId),
                JobWorkflowRefs = [GithubSubject.JobWorkflowRef(repository, PromoteWorkflowPath(stack.Name), DefaultBranch)],
                Ledger = Ledger(repositoryRoot, PromotePlanRole, extraServices),
                LowerStack = lower,
                AccountId = stack.AccountId,
                Region = stack.Region,
                StackName = stack.Name,
                References = references,
                NamePrefix = naming.Prefix,
            }, new ResourceOptions { Parent = root });
            root.Export("github_promote_plan_role_arn", promotePlan.Role.Arn);
        }

        // The scheduled drift check plans every stack read-only: trusted for the drift workflow on the default branch only.
        var drift = new GithubActionsRole("github-drift", new GithubActionsRoleArgs
        {
            RoleName = naming.For("github-drift"),
            Description = $"Assumed by the scheduled drift workflow of {repository} on {DefaultBranch} to plan the stack read-only (terraform plan -lock=false).",
            ProviderArn = provider.Arn,
            Subject = GithubSubject.Branch(repository, DefaultBranch, ownerId, repositoryId),
            JobWorkflowRefs = [GithubSubject.JobWorkflowRef(repository, DriftWorkflowPath, DefaultBranch)],
            Ledger = Ledger(repositoryRoot, "github-drift", extraServices),
            LowerStack = lower,
            AccountId = stack.AccountId,
            Region = stack.Region,
            StackName = stack.Name,
            References = references,
            NamePrefix = naming.Prefix,
        }, new ResourceOptions { Parent = root });
        root.Export("github_drift_role_arn", drift.Role.Arn);
    }

    // The environment claim alone admits any workflow on any ref the environment's branch policies allow, which would
    // let a workflow pushed to an allowed branch skip the gates: the trust also pins the workflows that deploy the
    // stack, on the branches they deploy from. The first stack is deployed on push, each other one promoted from main;
    // rollback runs from main.
    private static List<string> DeployWorkflowRefs(string repository, string stack, bool first) =>
    [
        .. first
            ? DeployDevBranches.Select(b => GithubSubject.JobWorkflowRef(repository, DeployDevWorkflowPath, b))
            : [GithubSubject.JobWorkflowRef(repository, PromoteWorkflowPath(stack), DefaultBranch)],
        GithubSubject.JobWorkflowRef(repository, RollbackWorkflowPath, DefaultBranch),
    ];

    // GitHub settings are applied by an administrator like CI's roles: CI's token could not change them, and CI must
    // never weaken its own approvals. The environments sit beside the deploy role whose ARN they carry.
    private static void DefineGithubRepository(Stack stack, DeploymentEnvironments environments, GithubActionsRole deploy)
    {
        var root = stack.Bootstrap;
        var config = stack.Config;
        var repository = config.Require("repository");
        var (owner, name) = (repository[..repository.IndexOf('/')], repository[(repository.IndexOf('/') + 1)..]);
        _ = new GitHubProvider("github", new GitHubProviderArgs
        {
            Owner = owner,
            AppAuth = GitHubAppAuth.FromConfig(config),
        }, new ResourceOptions { Parent = root });
        _ = new ApprovalChain("github-environments", new ApprovalChainArgs
        {
            Repository = name,
            EnvironmentName = environments.Target,
            GateReviewers = environments.GateReviewers,
            Reviewers = environments.Reviewers,
            BranchPatterns = environments.BranchPatterns,
            TagPatterns = environments.TagPatterns,

            // No AWS secret at all: the job assumes this role through OIDC.
            Variables = new Dictionary<string, Input<string>>
            {
                ["AWS_ACCOUNT_ID"] = stack.AccountId,
                ["AWS_REGION"] = stack.Region,
                ["AWS_DEPLOY_ROLE_ARN"] = deploy.Role.Arn,
            },
        }, new ResourceOptions { Parent = root });

        if (stack.Name == RepositoryStack)
        {
            _ = new GitHubRepository("github-repository", new GitHubRepositoryArgs
            {
                Name = name,
                Description = "BBWS platform: Lambda services and the infrastructure code that deploys them to dev, sit and prod.",
                RequiredCheck = config.Require("requiredCheck"),
                Topics = ["aws", "infrastructure-as-code", "lambda"],
                RulesetSuppressions = [OneReviewToDev],
            }, new ResourceOptions { Parent = root });
        }
    }

    // The benchmark's synthetic services are clones of the product API, so each product-API grant is repeated once for
    // them with a name pattern (in memory only): IAM-COVERAGE judges every synthetic service as it judges the real ones,
    // against a policy whose size does not grow with their number.
    private static EvidenceLedger Ledger(string repositoryRoot, string role, int extraServices)
    {
        var ledger = EvidenceLedger.Load(EvidenceLedger.PathFor(repositoryRoot, role));
        return extraServices == 0 ? ledger : ledger.WithGrants(ledger.Grants
            .Where(g => g.Resource.Contains("product-api", StringComparison.Ordinal))
            .Select(g => g with { Resource = g.Resource.Replace("product-api", "service-*", StringComparison.Ordinal), Evidence = $"Synth benchmark only: the synthetic services are clones of the product API. {g.Justification}", Required = null, Line = 0 }));
    }

    private static void DefineMain(Stack stack, Naming naming, TerraformBackend backend, bool protect, string repositoryRoot, int extraServices, string boundaryArn)
    {
        var root = stack.Main;
        root.Backend = backend;
        _ = new AwsProvider("aws", ProviderArgs(stack), new ResourceOptions { Parent = root });
        var key = new EncryptionKey("platform-key", new EncryptionKeyArgs
        {
            AliasName = naming.For("platform"),
            Description = $"Encrypts the data, queues, topics and logs of stack {stack.Name}.",
            AccountId = stack.AccountId,
            Region = stack.Region,
            SesPublishesToTopics = true,
            Protect = protect,
        }, new ResourceOptions { Parent = root });
        var retention = stack.Config.RequireInt("logRetentionDays");

        // Deployments, alarms and SES bounces and complaints all reach the people subscribed to this one topic.
        var emailSet = naming.For("email");
        _ = stack.Config.Require(SubscriptionsKey);
        var notifications = new NotificationTopic("deployment-notifications", new NotificationTopicArgs
        {
            TopicName = naming.For("deployments"),
            DisplayName = $"BBWS {stack.Name} deployments",
            KmsKeyArn = key.Arn,
            AccountId = stack.AccountId,
            Region = stack.Region,
            Subscriptions = stack.Config.GetList(SubscriptionsKey),
            SesConfigurationSetName = emailSet,
        }, new ResourceOptions { Parent = root });
        var platform = new PlatformContext(root, naming, key, notifications.Topic, retention, protect, stack.Config.Require("deploymentConfig"), repositoryRoot, boundaryArn);

        // Dev keeps logs briefly (its data is rebuilt freely); sit and prod keep them a year (LOG-RETENTION-YEAR).
        IReadOnlyList<Suppression> logSuppressions = stack.Name == DevStack ? [ShortDevLogs] : [];
        var templates = new EmailTemplates("order-templates", new EmailTemplatesArgs
        {
            BucketName = naming.ForGlobal(TemplatesPurpose),
            AccountId = stack.AccountId,
            Region = stack.Region,
            KmsKeyArn = key.Arn,
            RepositoryRoot = repositoryRoot,
            FromEmail = stack.Config.Require("fromEmail"),
            NotificationTopicArn = notifications.Arn,
            ConfigurationSetName = emailSet,
            Protect = protect,

            // The bootstrap root's access-log bucket, named the same way there (bootstrap is applied first).
            AccessLogBucket = naming.ForGlobal(AccessLogsPurpose),
            BucketSuppressions = [StaysInRegion, NoBucketEvents],
        }, new ResourceOptions { Parent = root });
        var products = Table(platform, "products", "productId");
        var orders = Table(platform, "orders", "orderId");

        var orderProcessor = Service(platform, "order-processor", "order_processor", new Dictionary<string, Input<string>>(templates.Environment(stack.Config.Require("internalEmails")))
        {
            ["ORDERS_TABLE_NAME"] = orders.TableName,
        },
        [
            templates.ReadTemplates,
            templates.SendEmail,
            new PolicyStatement
            {
                Sid = "StoreOrders",
                Actions = ["dynamodb:PutItem"],
                Resources = [orders.Arn],
                Reason = "The order processor stores each order once (a conditional PutItem) in the orders table, and reads nothing back.",
            },
        ],
        new ServiceLimits(QueueRedrivesFailures, ReservedConcurrency(stack, OrderProcessorReservedConcurrencyKey), logSuppressions),
        new LambdaQueueSource
        {
            QueueName = naming.For("orders"),
            DeadLetterQueueName = naming.For("orders-dlq"),
            MaximumConcurrency = stack.Config.RequireInt(OrderQueueMaximumConcurrencyKey),
        });
        var productApiLimits = new ServiceLimits(InvokedSynchronously, ReservedConcurrency(stack, ProductApiReservedConcurrencyKey), logSuppressions);
        var productApi = Service(platform, "product-api", "product_api", ProductApiEnvironment(products), [ProductApiGrant(products)], productApiLimits);
        for (var i = 1; i <= extraServices; i++)
        {
            _ = Service(platform, $"service-{i}", "product_api", ProductApiEnvironment(products), [ProductApiGrant(products)], productApiLimits with { ReservedConcurrency = null });
        }

        var apiAccount = new ApiGatewayCloudWatchAccount("apigateway-account", naming.For("apigateway-cloudwatch"), new ResourceOptions { Parent = root }, boundaryArn);
        var productRestApi = new LambdaRestApi("product-rest-api", new LambdaRestApiArgs
        {
            ApiName = naming.For("product-api"),
            Service = productApi,
            StageName = stack.Name,
            Account = apiAccount,
            LogRetentionDays = retention,
            KmsKeyArn = key.Arn,
            Protect = protect,
            StageSuppressions = [NoApiCache, NoClientCertificate, NoWebAclYet],
            MethodSettingsSuppressions = [NoApiCache],
            LogGroupSuppressions = logSuppressions,

            // Reading the catalogue is public; changing it takes a SigV4-signed caller with IAM permission.
            Routes =
            [
                new ApiRoute("GET", "products", "NONE") { Suppressions = [PublicCatalogue, HandlerValidates] },
                new ApiRoute("POST", "products") { Suppressions = [HandlerValidates] },
                new ApiRoute("GET", "products/{id}", "NONE") { Suppressions = [PublicCatalogue, HandlerValidates] },
                new ApiRoute("PUT", "products/{id}") { Suppressions = [HandlerValidates] },
                new ApiRoute("DELETE", "products/{id}") { Suppressions = [HandlerValidates] },
            ],
        }, new ResourceOptions { Parent = root });
        root.Export("product_api_url", productRestApi.Stage.InvokeUrl);

        root.Export("templates_bucket", templates.Bucket.Bucket.BucketName);
        root.Export("ses_identity", Output.Create(templates.Domain));
        root.Export("ses_dkim_tokens", templates.Identity.DkimTokens);
        root.Export("order_processor_function_name", orderProcessor.Function.FunctionName);
        root.Export("product_api_function_name", productApi.Function.FunctionName);
        root.Export("deployment_notifications_topic_arn", notifications.Arn);
        foreach (var service in new[] { orderProcessor, productApi })
        {
            var prefix = Names.TerraformIdentifier(service.Name);
            root.Export($"{prefix}_codedeploy_app", service.DeploymentApp.AppName);
            root.Export($"{prefix}_codedeploy_group", service.DeploymentGroup.GroupName);
        }

        // What the deploy verbs read (the Deploy namespace's StackOutputs): the services CodeDeploy shifts and the
        // tables backed up before a prod apply, each one output so that a new service or table needs no new name.
        root.Export("lambda_services", LambdaServicesJson([orderProcessor, productApi]));
        root.Export("dynamodb_table_names", Output.Format($"[\"{orders.TableName}\",\"{products.TableName}\"]"));
    }

    /// <summary>
    /// The <c>lambda_services</c> output: JSON text (an output is a string for both engines) listing each service's
    /// function, alias, published version, CodeDeploy application and group, and alarm names. The interpolated values
    /// are AWS names and version numbers, which never need JSON escaping.
    /// </summary>
    private static Output<string> LambdaServicesJson(IReadOnlyList<LambdaService> services)
    {
        var format = new System.Text.StringBuilder("[");
        var arguments = new List<object>();
        string Argument(Output<string> value)
        {
            arguments.Add(value);
            return "\"{" + (arguments.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}\"";
        }

        foreach (var service in services)
        {
            format.Append(format.Length > 1 ? ",{{" : "{{");
            format.Append("\"alarm_names\":[").AppendJoin(',', service.Alarms.Select(a => Argument(a.AlarmName))).Append("],");
            format.Append($"\"alias\":\"{LambdaService.LiveAlias}\",");
            format.Append("\"codedeploy_app\":").Append(Argument(service.DeploymentApp.AppName)).Append(',');
            format.Append("\"codedeploy_group\":").Append(Argument(service.DeploymentGroup.GroupName)).Append(',');
            format.Append("\"function_name\":").Append(Argument(service.Function.FunctionName)).Append(',');
            format.Append("\"version\":").Append(Argument(service.Function.Version)).Append("}}");
        }

        format.Append(']');
        return Output.Format(System.Runtime.CompilerServices.FormattableStringFactory.Create(format.ToString(), [.. arguments]));
    }

    private static LambdaService Service(
        PlatformContext platform,
        string name,
        string handlerFolder,
        IReadOnlyDictionary<string, Input<string>> environment,
        IReadOnlyList<PolicyStatement> statements,
        ServiceLimits limits,
        LambdaQueueSource? queue = null) =>
        new(name, new LambdaServiceArgs
        {
            FunctionName = platform.Naming.For(name),
            Handler = "handler.lambda_handler",
            PackagePath = new RepositoryPath($".build/lambda/{name}.zip"),
            Source = HandlerSource.In(platform.RepositoryRoot, $"infra/Handlers/{handlerFolder}"),
            LogRetentionDays = platform.LogRetentionDays,
            KmsKeyArn = platform.Key.Arn,
            Protect = platform.Protect,
            DeploymentConfigName = platform.DeploymentConfigName,
            PermissionsBoundaryArn = platform.WorkloadBoundaryArn,
            NotificationTopicArn = platform.Notifications.Arn,
            Queue = queue,
            Statements = statements,
            Environment = new Dictionary<string, Input<string>>(environment) { ["LOG_LEVEL"] = "INFO" },
            ReservedConcurrency = limits.ReservedConcurrency,
            FunctionSuppressions = [UnsignedCode, NoVpc, limits.NoFunctionDeadLetterQueue, .. limits.ReservedConcurrency is null ? [NoReservedConcurrency] : Array.Empty<Suppression>()],
            LogGroupSuppressions = limits.LogGroupSuppressions,
        }, new ResourceOptions { Parent = platform.Root });

    private static DynamoDbTable Table(PlatformContext platform, string purpose, string hashKey) =>
        new($"{purpose}-table", new DynamoDbTableArgs
        {
            Name = AwsNameLimits.DynamoDbTable(purpose, platform.Naming.For(purpose)),

            // On demand: no capacity to plan for services whose traffic is unknown.
            BillingMode = "PAY_PER_REQUEST",
            HashKey = hashKey,
            Attributes = [new DynamoDbAttribute { Name = hashKey, Type = "S" }],

            // Deletion protection in prod only: dev and sit tables are rebuilt freely, prod data is not.
            DeletionProtectionEnabled = platform.Protect,

            // Any second of the last 35 days can be restored: a bad deploy that corrupts data is undone.
            PointInTimeRecovery = new DynamoDbPointInTimeRecovery { Enabled = true },
            ServerSideEncryption = new DynamoDbServerSideEncryption { Enabled = true, KmsKeyArn = platform.Key.Arn },
        }, new ResourceOptions { Parent = platform.Root, Protect = platform.Protect, RetainOnDelete = platform.Protect });

    private static Dictionary<string, Input<string>> ProductApiEnvironment(DynamoDbTable products) => new()
    {
        ["PRODUCTS_TABLE_NAME"] = products.TableName,
    };

    private static PolicyStatement ProductApiGrant(DynamoDbTable products) => new()
    {
        Sid = "ManageProducts",
        Actions = ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:UpdateItem"],
        Resources = [products.Arn],
        Reason = "The product API lists (Scan), gets, creates, updates and deletes products in its own table, and uses no index.",
    };

    // The one documented exception to APIGW-AUTH: the shop's product catalogue is read by anonymous visitors.
    private static readonly Suppression PublicCatalogue = new("APIGW-AUTH", "The product catalogue is public by design: anonymous shop visitors list and read products; it holds no personal data, and writes require AWS_IAM.");

    // Accepted checkov findings (README "Safety rules: the policy pack"): each suppression says why, and the one that
    // waits for missing infrastructure expires, so that it is revisited.
    private static readonly Suppression UnsignedCode = new(
        "LAMBDA-CODE-SIGNING",
        "Signing needs an AWS Signer job on each package, run where the bundle enters the artifact bucket, and a code signing config naming its profile; neither exists yet. Revisit when they do.",
        expires: new DateOnly(2027, 3, 31));

    private static readonly Suppression NoVpc = new(
        "LAMBDA-VPC",
        "The functions call only AWS service APIs, over TLS and authorized by IAM; a VPC would add NAT gateways or VPC endpoints and cold-start cost for no isolation gain.");

    private static readonly Suppression NoApiCache = new(
        "APIGW-CACHE",
        "Product reads must be fresh (a changed product must show at once), and a stage cache cluster is billed per hour whether used or not; stage throttling already caps load on the backend.");

    private static readonly Suppression NoClientCertificate = new(
        "APIGW-CLIENT-CERT",
        "Every route is a Lambda proxy integration: API Gateway invokes the function through Lambda's API with a resource-based permission scoped to this API, so there is no HTTP backend to present a certificate to.");

    // A gap, not a decision: it expires so that the web ACL is built, not forgotten.
    private static readonly Suppression NoWebAclYet = new(
        "APIGW-WAF",
        "The WAFv2 web ACL (AWS managed common and known-bad-inputs rule groups, a per-IP rate-based rule) needs a binding for aws_wafv2_web_acl, whose rule statement block the provider schema package types as 'any', so the schema extract cannot describe it yet; until then stage throttling caps the load.",
        expires: new DateOnly(2027, 1, 31));

    private static readonly Suppression QueueRedrivesFailures = new(
        "LAMBDA-FUNCTION-DLQ",
        "Only an SQS event source invokes the order processor, and a function-level DLQ catches only asynchronous invocations: a failed order stays on its queue, whose redrive policy moves it to the orders dead-letter queue (alarmed) after MaxReceiveCount receives.");

    private static readonly Suppression InvokedSynchronously = new(
        "LAMBDA-FUNCTION-DLQ",
        "API Gateway invokes the product API synchronously: a failure is returned to the caller as a 5xx at once, and a function-level DLQ (used only for asynchronous invocations) would never receive anything.");

    private static readonly Suppression NoReservedConcurrency = new(
        "LAMBDA-CONCURRENCY",
        "A new account's Lambda concurrency quota is 10 and Lambda keeps 100 executions unreserved, so any reservation fails at apply; set the service's reserved-concurrency key in stack config once the quota is raised (README, Lambda concurrency).");

    private static readonly Suppression ShortDevLogs = new(
        "LOG-RETENTION-YEAR",
        "Dev holds no customer data and is rebuilt freely; its logs serve debugging for days, not audits, so dev keeps them bbws:logRetentionDays (14) days; sit and prod keep them a year.");

    private static readonly Suppression HandlerValidates = new(
        "APIGW-REQUEST-VALIDATION",
        "Every route is a Lambda proxy integration: the handler checks the JSON body's fields and types and answers 400 itself, and the routes without a body have no parameter to require; a validator without a request model checks no body, and a second schema in API Gateway would drift from the handler's.");

    // What a service is limited and accepted with: why it has no function-level DLQ, its reserved concurrency (null:
    // unset, accepted by NoReservedConcurrency) and what its log groups accept.
    private sealed record ServiceLimits(Suppression NoFunctionDeadLetterQueue, int? ReservedConcurrency, IReadOnlyList<Suppression> LogGroupSuppressions);

    // -1 is Terraform's own "no reservation"; Pulumi requires a declared key without a default, so -1 stands for unset.
    private static int? ReservedConcurrency(Stack stack, string key) => stack.Config.GetInt(key) is { } value and not -1 ? value : null;

    private const string AccessLogsPurpose = "access-logs";

    private const string TemplatesPurpose = "order-templates";

    /// <summary>Days an S3 server access log is kept before it expires.</summary>
    public const int AccessLogDays = 365;

    private static readonly Suppression LogBucketNotLogged = new(
        "S3-ACCESS-LOGGING",
        "The access-log bucket is not itself logged: logging it into itself loops (the S3 user guide advises against it) and into another bucket only moves the question; its policy admits S3's log delivery as its only writer and no CI role holds a grant on it, and its logs expire after 365 days.");

    private static readonly Suppression LogBucketSseS3 = new(
        "S3-ENCRYPTION",
        "The access-log bucket is encrypted with SSE-S3: S3's log delivery could write under SSE-KMS only with a customer-managed key whose policy admits the logging service, and the logs hold request records, not state or customer data, so no key of this stack is opened to an AWS service for them.");

    private static readonly Suppression StaysInRegion = new(
        "S3-REPLICATION",
        "Data stays in the stack's region (prod: af-south-1, for data residency). Versioning with noncurrent-version expiry recovers overwrites and deletes; the templates are uploaded from the repository on every apply, and state can be rebuilt by importing what the code declares.");

    private static readonly Suppression OneReviewToDev = new(
        "GH-REVIEW-COUNT",
        "The ruleset's one approving review is the approval of a dev deployment (main and develop deploy to dev); sit and prod need 2 and 3 distinct approvals from their environment chains (GH-APPROVALS) before anything reaches them.");

    private static readonly Suppression NoBucketEvents = new(
        "S3-EVENT-NOTIFICATIONS",
        "Nothing consumes object events of the platform's buckets: their writers are Terraform applies and S3's log delivery, and requests are recorded by server access logs; an event notification without a reader is cost without a use.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static AwsProviderArgs ProviderArgs(Stack stack) => new()
    {
        Region = stack.Region,
        AllowedAccountIds = [stack.AccountId],
        DefaultTags = new AwsDefaultTags
        {
            Tags = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["Environment"] = stack.Name.ToUpperInvariant(),
                ["ManagedBy"] = "infra",
                ["Project"] = stack.Project,
                ["Repository"] = stack.Config.Require("repository"),
                ["Stack"] = stack.Name,
            },
        },
    };
}
