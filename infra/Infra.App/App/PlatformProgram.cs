using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;

namespace Infra.App;

/// <summary>
/// The platform, the app this repository deploys: which components exist in every stack. Stacks differ only in their
/// config; this program is the same for dev, sit and prod. The library receives it as an <see cref="IInfraApp"/>.
/// </summary>
public sealed partial class PlatformProgram : IInfraApp
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

    /// <summary>The stack config key (without namespace): requests one IP may send the product API per 5 minutes.</summary>
    public const string WafRateLimitKey = "wafRateLimit";

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

    /// <summary>
    /// Declares more services (or any resources) in each stack's main root, after the platform's own and before what
    /// is derived from every service of the root: the services' stack outputs and the workload boundary. A program
    /// composed with it (<c>new PlatformProgram { AddServices = platform => ... }</c>) packages, deploys, shifts, rolls
    /// back and smoke-tests the added services as its own. Default: none.
    /// </summary>
    public Action<PlatformContext>? AddServices { get; init; }

    /// <summary>
    /// Reads a CI role's evidence ledger, given the checkout and the role's logical name (e.g. <c>github-deploy</c>).
    /// Default: the role's file under <c>infra/Ledgers</c> (<see cref="EvidenceLedger.PathFor"/>), as
    /// <c>infra permissions</c> writes it.
    /// </summary>
    public Func<string, string, EvidenceLedger> Ledgers { get; init; } = (repositoryRoot, role) => EvidenceLedger.Load(EvidenceLedger.PathFor(repositoryRoot, role));

    /// <inheritdoc/>
    string IInfraApp.RepositoryStack => RepositoryStack;

    /// <inheritdoc/>
    string IInfraApp.PreviewStack => DevStack;

    /// <inheritdoc/>
    string IInfraApp.DefaultBranch => DefaultBranch;

    /// <inheritdoc/>
    IReadOnlyList<string> IInfraApp.DeployDevBranches => DeployDevBranches;

    /// <inheritdoc/>
    string IInfraApp.DeployDevWorkflowPath => DeployDevWorkflowPath;

    /// <inheritdoc/>
    string IInfraApp.DriftWorkflowPath => DriftWorkflowPath;

    /// <inheritdoc/>
    string IInfraApp.RollbackWorkflowPath => RollbackWorkflowPath;

    /// <inheritdoc/>
    string IInfraApp.PrPreviewWorkflowPath => PrPreviewWorkflowPath;

    /// <inheritdoc/>
    string IInfraApp.PromoteWorkflowPath(string stack) => PromoteWorkflowPath(stack);

    /// <inheritdoc/>
    IReadOnlyList<string> IInfraApp.PromotionReaderRoles => PromotionReads.ReaderRoles;

    /// <inheritdoc/>
    IReadOnlyList<OwnedPath> IInfraApp.OwnedPaths { get; } =
        [new("/infra/Infra.App/", "the app: every stack's CI roles, their trust, and the grants and names they are built from")];

    /// <inheritdoc/>
    public Stack Build(StackConfig config, string repositoryRoot)
    {
        var stack = new Stack(config, this);
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
        var stateKey = DefineBootstrap(stack, naming, backend, protect, repositoryRoot, Ledgers, boundaryArn);
        DefineMain(stack, naming, backend, protect, repositoryRoot, boundaryArn);

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

    private void DefineMain(Stack stack, Naming naming, TerraformBackend backend, bool protect, string repositoryRoot, string boundaryArn)
    {
        var root = stack.Main;
        root.Backend = backend;
        _ = new AwsProvider("aws", ProviderArgs(stack), new ResourceOptions { Parent = root });
        var key = new EncryptionKey("platform-key", new EncryptionKeyArgs
        {
            AliasName = naming.For("platform"),
            Description = $"Encrypts the data, queues, topics and logs of stack {stack.Name}.",
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
            Subscriptions = stack.Config.GetList(SubscriptionsKey),
            SesConfigurationSetName = emailSet,
        }, new ResourceOptions { Parent = root });

        // Dev keeps logs briefly (its data is rebuilt freely); sit and prod keep them a year (LOG-RETENTION-YEAR).
        IReadOnlyList<Suppression> logSuppressions = stack.Name == DevStack ? [ShortDevLogs] : [];
        var platform = new PlatformContext(root, naming, key, notifications.Topic, retention, protect, stack.Config.Require("deploymentConfig"), repositoryRoot, boundaryArn, logSuppressions);
        var templates = new EmailTemplates("order-templates", new EmailTemplatesArgs
        {
            BucketName = naming.ForGlobal(TemplatesPurpose),
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

        // Each service is one declaration: its role, log group, alias, CodeDeploy group, alarms, queue, permissions and
        // stack outputs follow from it (ServiceOutputs exports every service of the root).
        var orderReservation = ReservedConcurrency(stack, OrderProcessorReservedConcurrencyKey);
        _ = new LambdaService("order-processor", platform.Services with
        {
            Source = platform.Handlers("order_processor"),
            Environment = platform.Environment(new(templates.Environment(stack.Config.Require("internalEmails"))) { ["ORDERS_TABLE_NAME"] = orders.TableName }),
            Statements = [templates.ReadTemplates, templates.SendEmail, StoreOrders(orders)],
            Queue = new LambdaQueueSource { QueueName = naming.For("orders"), DeadLetterQueueName = naming.For("orders-dlq"), MaximumConcurrency = stack.Config.RequireInt(OrderQueueMaximumConcurrencyKey) },
            ReservedConcurrency = orderReservation,
            FunctionSuppressions = Accepted(QueueRedrivesFailures, orderReservation),
            SmokeChecks = [SmokeCheck.Invoke(provesEmail: true)],
        }, platform.InMain);
        var productReservation = ReservedConcurrency(stack, ProductApiReservedConcurrencyKey);
        var productApi = new LambdaService("product-api", platform.Services with
        {
            Source = platform.Handlers("product_api"),
            Environment = platform.Environment(new() { ["PRODUCTS_TABLE_NAME"] = products.TableName }),
            Statements = [ManageProducts(products)],
            ReservedConcurrency = productReservation,
            FunctionSuppressions = Accepted(InvokedSynchronously, productReservation),
            SmokeChecks = [SmokeCheck.Get("products"), SmokeCheck.Invoke()],
        }, platform.InMain);

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
            StageSuppressions = [NoApiCache, NoClientCertificate, WritersRunInTheCloud],
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
        _ = new RegionalWebAcl("product-api-waf", new RegionalWebAclArgs
        {
            WebAclName = naming.For("product-api"),
            ResourceArn = productRestApi.Stage.Arn,
            RateLimitPerFiveMinutes = stack.Config.RequireInt(WafRateLimitKey),
            LogRetentionDays = retention,
            KmsKeyArn = key.Arn,
            Protect = protect,
            LogGroupSuppressions = logSuppressions,
        }, new ResourceOptions { Parent = root });

        root.Export("templates_bucket", templates.Bucket.Bucket.BucketName);
        root.Export("ses_identity", Output.Create(templates.Domain));
        root.Export("ses_dkim_tokens", templates.Identity.DkimTokens);
        root.Export("deployment_notifications_topic_arn", notifications.Arn);

        AddServices?.Invoke(platform);

        // What the deploy verbs read (the Deploy namespace's StackOutputs): every service of the root, with its smoke
        // checks, and the tables backed up before a prod apply, each one output so that a new service needs no new name.
        ServiceOutputs.Export(root);
        root.Export("dynamodb_table_names", Output.Format($"[\"{orders.TableName}\",\"{products.TableName}\"]"));
    }

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

    private static PolicyStatement StoreOrders(DynamoDbTable orders) => new()
    {
        Sid = "StoreOrders",
        Actions = ["dynamodb:PutItem"],
        Resources = [orders.Arn],
        Reason = "The order processor stores each order once (a conditional PutItem) in the orders table, and reads nothing back.",
    };

    private static PolicyStatement ManageProducts(DynamoDbTable products) => new()
    {
        Sid = "ManageProducts",
        Actions = ["dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:UpdateItem"],
        Resources = [products.Arn],
        Reason = "The product API lists (Scan), gets, creates, updates and deletes products in its own table, and uses no index.",
    };

    // -1 is Terraform's own "no reservation"; Pulumi requires a declared key without a default, so -1 stands for unset.
    private static int? ReservedConcurrency(Stack stack, string key) => stack.Config.GetInt(key) is { } value and not -1 ? value : null;

    private const string AccessLogsPurpose = "access-logs";

    private const string TemplatesPurpose = "order-templates";

    /// <summary>Days an S3 server access log is kept before it expires.</summary>
    public const int AccessLogDays = 365;

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
