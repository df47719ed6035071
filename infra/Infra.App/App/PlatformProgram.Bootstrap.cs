using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Resources.GitHub;

namespace Infra.App;

// The bootstrap root: the state backend, the artifact bucket, and what CI stands on (its OIDC roles, the repository
// and its environments), applied by an administrator.
public sealed partial class PlatformProgram
{
    private static EncryptionKey DefineBootstrap(Stack stack, Naming naming, TerraformBackend backend, bool protect, string repositoryRoot, Func<string, string, EvidenceLedger> ledgers, string boundaryArn)
    {
        var root = stack.Bootstrap;
        _ = new AwsProvider("aws", ProviderArgs(stack), new ResourceOptions { Parent = root });
        var key = new EncryptionKey("state-key", new EncryptionKeyArgs
        {
            // The alias both backends name as kms_key_id: renaming it here renames it there.
            AliasName = backend.KmsKeyAlias,
            Description = $"Encrypts the Terraform state and lock table of stack {stack.Name}.",
            Protect = protect,
        }, new ResourceOptions { Parent = root });
        // One access-log bucket per account: reads of the state (which holds sensitive values) and of the templates are
        // recorded, and the logs expire after AccessLogDays.
        var accessLogs = new SecureBucket("access-logs", new SecureBucketArgs
        {
            BucketName = naming.ForGlobal(AccessLogsPurpose),
            LogDelivery = new AccessLogDelivery([backend.Bucket, naming.ForGlobal(TemplatesPurpose), ArtifactBucket.Name(stack.Config)]),
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
        DefineGithubRoles(stack, naming, key, artifactKey, repositoryRoot, ledgers, boundaryArn);
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

    private static void DefineGithubRoles(Stack stack, Naming naming, EncryptionKey stateKey, EncryptionKey artifactKey, string repositoryRoot, Func<string, string, EvidenceLedger> ledgers, string boundaryArn)
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

        // Every CI role is this one declaration: its name is its ledger's and its output's, its trust one subject and
        // the workflows pinned; only the deploy role, which creates roles, carries an escalation guard.
        GithubActionsRole CiRole(string name, CiRolePurpose purpose, string description, string subject, IReadOnlyList<string> workflows, EscalationGuard? guard = null)
        {
            var role = new GithubActionsRole(name, new GithubActionsRoleArgs
            {
                Purpose = purpose,
                RoleName = naming.For(name),
                Description = description,
                ProviderArn = provider.Arn,
                Subject = subject,
                JobWorkflowRefs = workflows,
                Ledger = ledgers(repositoryRoot, name),
                LowerStack = lower,
                References = references,
                NamePrefix = naming.Prefix,
                Guard = guard,
            }, new ResourceOptions { Parent = root });
            root.Export($"{Names.TerraformIdentifier(name)}_role_arn", role.Role.Arn);
            return role;
        }

        var deploy = CiRole(
            "github-deploy",
            CiRolePurpose.Deploy,
            $"Assumed by GitHub Actions jobs of {repository} in environment {stack.Name} to plan and apply the stack's main root.",
            GithubSubject.Environment(repository, environments.Target, ownerId, repositoryId),
            DeployWorkflowRefs(repository, stack.Name, config.ProjectFile.PromotedFrom(stack.Name) is null),

            // The deploy role creates the workload roles: only under their path, with their boundary.
            new EscalationGuard
            {
                BoundaryArn = boundaryArn,
                WorkloadRoleArnPattern = WorkloadBoundary.RoleArnPattern(stack.AccountId),
                ProtectedRoleArnPattern = $"arn:aws:iam::{stack.AccountId}:role/{naming.Prefix}-github-*",
                ProviderArn = providerArn,
                StateKeyArn = stateKey.Arn,
            });
        DefineGithubRepository(stack, environments, deploy);

        // Pull-request previews run in dev only, read-only, with -lock=false.
        if (stack.Name == DevStack)
        {
            _ = CiRole(
                "github-plan",
                CiRolePurpose.PullRequestPlan,
                $"Assumed by pull-request jobs of {repository} to preview changes read-only (terraform plan -lock=false).",
                GithubSubject.PullRequest(repository, ownerId, repositoryId),
                [GithubSubject.PullRequestJobWorkflowRef(repository, PrPreviewWorkflowPath)]);
        }

        // A promotion plans before its approvals, so approvers see the plan: read-only, trusted for the plan job of the
        // stack's promotion workflow on the default branch only. The job runs in no environment (an environment
        // without reviewers would add nothing the branch subject and the workflow pin do not already require), so its
        // subject is the branch's.
        var onDefaultBranch = GithubSubject.Branch(repository, DefaultBranch, ownerId, repositoryId);
        if (config.ProjectFile.PromotedFrom(stack.Name) is not null)
        {
            _ = CiRole(
                PromotePlanRole,
                CiRolePurpose.PromotePlan,
                $"Assumed by the plan job of {PromoteWorkflowPath(stack.Name)} of {repository} on {DefaultBranch} to plan the stack read-only (terraform plan -lock=false) before the approvals.",
                onDefaultBranch,
                [GithubSubject.JobWorkflowRef(repository, PromoteWorkflowPath(stack.Name), DefaultBranch)]);
        }

        // The scheduled drift check plans every stack read-only: trusted for the drift workflow on the default branch only.
        _ = CiRole(
            "github-drift",
            CiRolePurpose.Drift,
            $"Assumed by the scheduled drift workflow of {repository} on {DefaultBranch} to plan the stack read-only (terraform plan -lock=false).",
            onDefaultBranch,
            [GithubSubject.JobWorkflowRef(repository, DriftWorkflowPath, DefaultBranch)]);
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
}
