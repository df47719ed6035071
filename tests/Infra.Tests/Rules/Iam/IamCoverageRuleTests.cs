using System.Text.RegularExpressions;
using Infra.App;
using Infra.Benchmarks;
using Infra.Components;
using Infra.Configuration;
using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

public class IamCoverageRuleTests
{
    [Test]
    [Compliant(IamCoverageRule.RuleId)]
    public void EveryCiRoleOfEveryStackMayMakeEveryCallItsJobMakes()
    {
        var run = RuleFixtures.PlatformStacks();
        foreach (var stack in run)
        {
            var findings = new IamCoverageRule().EvaluateInRun(stack, run);

            Assert.That(findings.Where(f => f.Severity != Severity.Info).Select(f => f.Message), Is.Empty, $"{stack.Name}: every required call must be allowed by its role's generated policy");
            Assert.That(findings.Single(f => f.Severity == Severity.Info).Message, Does.Contain("applied by an administrator"), $"{stack.Name}: the bootstrap root is not evaluated, and the rule says so once");
        }
    }

    [TestCase("github-deploy", "iam:PassRole", "workload/2-1-bbws-order-processor-${stack}-role", "dev", "aws_lambda_function.order_processor_function", TestName = "Removing the order processor's PassRole grant names the function that passes the role")]
    [TestCase("github-deploy", "ssm:GetParameter", "deploy-freeze", "dev", "driver (freeze-check)", TestName = "Removing the freeze check grant names the deploy driver's step")]
    [TestCase("github-deploy", "dynamodb:CreateBackup", "table/2-1-bbws-orders-${stack}", "prod", "driver (backup)", TestName = "Removing the prod backup grant names the deploy driver's step")]
    [TestCase("github-deploy", "s3:PutObject", "email-templates/order_receipt.html", "dev", "aws_s3_object.order_templates_order_receipt", TestName = "Removing a template upload grant names the object")]
    [TestCase("github-deploy", "lambda:GetFunctionCodeSigningConfig", "function:2-1-bbws-product-api-${stack}\"", "sit", "aws_lambda_function.product_api_function", TestName = "Removing an observed v7 grant still fails: the graph requires it too")]
    [TestCase("github-plan", "sqs:GetQueueAttributes", "2-1-bbws-orders-dlq-${stack}", "dev", "aws_sqs_queue.", TestName = "Removing a plan role's refresh read names the queue")]
    [TestCase("github-drift", "s3:GetObject", "main/terraform.tfstate\"", "prod", "state (terraform-state-read)", TestName = "Removing the drift role's state read names the state backend")]
    [TestCase("github-promote-plan", "s3:GetObject", "main/terraform.tfstate\"", "sit", "state (terraform-state-read)", TestName = "Removing the promotion plan role's state read names the state backend")]
    [TestCase("github-promote-plan", "sqs:GetQueueAttributes", "2-1-bbws-orders-dlq-${stack}", "prod", "aws_sqs_queue.", TestName = "Removing a promotion plan role's refresh read names the queue")]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void RemovingARequiredGrantFailsNamingWhatNeedsIt(string role, string action, string resourcePart, string stackName, string needer)
    {
        using var repo = TestRepository.CopyOfReal();
        var removed = RemoveGrant(repo, role, action, resourcePart);

        var findings = new IamCoverageRule().Evaluate(StackHarness.Build(repo.Root, stackName)).Where(f => f.Severity == Severity.Error).ToList();

        var finding = findings.SingleOrDefault(f => f.Message.Contains($"may not call {action} on ", StringComparison.Ordinal));
        Assert.That(finding, Is.Not.Null, $"removing {removed} from {role}.yaml must fail IAM-COVERAGE on {stackName}; findings: {string.Join("\n", findings.Select(f => f.Message))}");
        Assert.That(finding!.Message, Does.Contain("which " + needer), "the finding must name the resource (or driver step) that needs the grant");
        Assert.That(finding.Message, Does.Match($@"Add to \S*infra/Ledgers/{role}\.yaml:\n  - action: {Regex.Escape(action)}\n"), "the finding must show the ledger entry that fixes it");
    }

    // At scale the driver asks for many requests under one address (a shift, a rollback and a smoke check per service),
    // past the short list IAM-COVERAGE scans first: its indexed lookup must decide them as the scan would.
    [Test]
    [Compliant(IamCoverageRule.RuleId)]
    public void AtFortyServicesEveryDriverCallIsStillAllowed()
    {
        var run = ProjectConfig.Load(RepositoryFiles.Root).Stacks.Select(s => ScaledPlatform.With(40).Build(s, RepositoryFiles.Root)).ToList();

        foreach (var stack in run)
        {
            var errors = new IamCoverageRule().EvaluateInRun(stack, run).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();
            Assert.That(errors, Is.Empty, $"{stack.Name} with forty synthetic services: every call must still be allowed");
        }
    }

    [Test]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void AtFortyServicesRemovingTheDriversShiftGrantNamesTheShiftOfEveryService()
    {
        using var repo = TestRepository.CopyOfReal();
        RemoveGrant(repo, "github-deploy", "lambda:UpdateAlias", "function:2-1-bbws-product-api-${stack}\"");

        var stack = ScaledPlatform.With(40).Build(ProjectConfig.Load(repo.Root).Stack("dev"), repo.Root);
        var errors = new IamCoverageRule().Evaluate(stack).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();

        foreach (var function in new[] { "2-1-bbws-product-api-dev", "2-1-bbws-service-1-dev", "2-1-bbws-service-40-dev" })
        {
            Assert.That(errors, Has.One.Matches<string>(m => m.Contains($"may not call lambda:UpdateAlias on arn:aws:lambda:eu-west-1:536580886816:function:{function} ", StringComparison.Ordinal) && m.Contains("driver (alias-shift)", StringComparison.Ordinal)),
                $"the shift of {function} must be refused, naming the driver step; findings: {string.Join("\n", errors.Take(5))}");
        }
    }

    [TestCase("github-plan", "dev", "536580886816", TestName = "A pull-request plan role that may write the state is refused at its ledger line")]
    [TestCase("github-promote-plan", "prod", "093646564004", TestName = "A promotion plan role that may write the state is refused at its ledger line")]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void APlanRoleGrantThatChangesSomethingIsRefusedWithItsLedgerLine(string role, string stackName, string account)
    {
        using var repo = TestRepository.CopyOfReal();
        var text = repo.Read($"infra/Ledgers/{role}.yaml");
        repo.Write($"infra/Ledgers/{role}.yaml", text.TrimEnd() + "\n  - action: s3:PutObject\n    resource: \"arn:aws:s3:::2-1-bbws-tfstate-${stack}-${account}/main/terraform.tfstate\"\n    evidence: \"test: a write a plan role must not hold\"\n    date: 2026-12-04\n");

        var findings = new IamCoverageRule().Evaluate(StackHarness.Build(repo.Root, stackName)).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();

        Assert.That(findings, Has.One.Matches<string>(m => Regex.IsMatch(m, $@"infra/Ledgers/{Regex.Escape(role)}\.yaml:\d+: s3:PutObject on arn:aws:s3:::2-1-bbws-tfstate-{stackName}-{account}/main/terraform\.tfstate: .*{Regex.Escape(role)} only plans: delete the entry")),
            "a plan role that may write the state must be refused at the entry's line; findings: " + string.Join("\n", findings));
    }

    // Each role also holds these actions on key/* for the main root's resources, which covers the state key too: the
    // state key stays unusable only when both grants go.
    [TestCase("github-plan", "kms:Decrypt", "dev", "state (terraform-state-read)", TestName = "Without kms:Decrypt the plan role fails on the state key, naming the state read")]
    [TestCase("github-drift", "kms:Decrypt", "prod", "state (terraform-state-read)", TestName = "Without kms:Decrypt the drift role fails on the state key, naming the state read")]
    [TestCase("github-deploy", "kms:GenerateDataKey", "sit", "state (terraform-state-write)", TestName = "Without kms:GenerateDataKey the deploy role fails on the state key, naming the state write")]
    [TestCase("github-deploy", "kms:Decrypt", "dev", "state (terraform-state-read)", TestName = "Without kms:Decrypt the deploy role fails on the state key, naming the state read")]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void RemovingARoleKmsGrantsFailsOnTheStateKeyNamingTheStateAccess(string role, string action, string stackName, string needer)
    {
        using var repo = TestRepository.CopyOfReal();
        foreach (var resourcePart in new[] { "${state-key.arn}", ":key/*" })
        {
            if (repo.Read($"infra/Ledgers/{role}.yaml").Contains($"  - action: {action}\n    resource: \"{(resourcePart.StartsWith(':') ? "arn:aws:kms:${region}:${account}" : string.Empty)}{resourcePart}\"", StringComparison.Ordinal))
            {
                RemoveGrant(repo, role, action, (resourcePart.StartsWith(':') ? "arn:aws:kms:${region}:${account}" : string.Empty) + resourcePart);
            }
        }

        var stack = StackHarness.Build(repo.Root, stackName);
        var findings = new IamCoverageRule().Evaluate(stack).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();

        var stateKey = $"on arn:aws:kms:{stack.Region}:{stack.AccountId}:key/${{aws_kms_key.state_key_key.key_id}} ";
        var finding = findings.SingleOrDefault(m => m.StartsWith($"{role} may not call {action} {stateKey}", StringComparison.Ordinal));
        Assert.That(finding, Is.Not.Null, $"without any {action} grant, {role} must fail IAM-COVERAGE on the state key of {stackName}; findings:\n{string.Join("\n", findings)}");
        Assert.That(finding, Does.Contain(needer), "the finding must name the state access that needs the key");
    }

    // What the state key's encryption lets a role do with the state, and what would let it reach the plaintext or
    // re-encrypt under another key. Key management (policy, grants, deletion) is not state access.
    private static readonly string[] StateKeyDataActions =
    [
        "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair",
        "kms:GenerateDataKeyPairWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo",
    ];

    [Test]
    public void EveryCiRoleMayUseTheStateKeyForExactlyTheCallsStateAccessMakesWithIt()
    {
        var table = RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(RepositoryFiles.PathOf(IamCatalog.RelativePath)));
        foreach (var stack in RuleFixtures.PlatformStacks())
        {
            var arns = new ResourceArns(table, stack);
            var key = stack.Bootstrap.CustomResources.OfType<KmsKey>().Single(k => k.TerraformAddress.Contains("state_key", StringComparison.Ordinal));
            var keyArn = arns.Arn(key);
            var keyPolicy = new ResourcePolicy(IamPolicyDocument.Parse(PolicyJson.Render(key.Args.Policy!, arns), "state key policy"), ResourcePolicyKind.KmsKey, keyArn);
            var stateCalls = StateAccess.Of(stack.Main, arns).Where(c => c.Resource == keyArn).ToList();
            var viaS3 = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
            {
                ["kms:ViaService"] = [$"s3.{stack.Region}.amazonaws.com"],
                ["aws:SecureTransport"] = ["true"],
            };
            foreach (var role in stack.Bootstrap.Resources.OfType<GithubActionsRole>())
            {
                var deploys = role.Ledgers[0].Role == IamCoverageRule.DeployRole;
                var evaluator = IamCoverageRule.RoleEvaluator(role, stack, arns);
                var allowed = StateKeyDataActions
                    .Where(a => evaluator.Evaluate(new IamRequest(a, keyArn, arns.Arn(role.Role), stack.AccountId, viaS3), [keyPolicy]).IsAllowed)
                    .ToList();
                var needed = stateCalls.Where(c => deploys || c.NeededToPlan).Select(c => c.Action).Distinct().Order(StringComparer.Ordinal).ToList();

                Assert.That(allowed, Is.EquivalentTo(needed), $"{stack.Name}: {role.Ledgers[0].Role} may use the state key ({keyArn}) for [{string.Join(", ", allowed)}], but state access needs exactly [{string.Join(", ", needed)}]");
            }
        }
    }

    [Test]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void APlanReadThatRepeatsAnEarlierNonPlanCallIsStillPutToThePlanRoles()
    {
        // The queue's tag read moves from the type's own refresh calls to a when-entry, which comes after its create
        // call of the same request: the repeat is the plan's read, so the plan role must still be asked for it.
        using var repo = TestRepository.CopyOfReal();
        const string table = "infra/IamRequirements/aws/aws_sqs_queue.yaml";
        const string refreshRead = "    - action: sqs:ListQueueTags\n      resource: \"${arn}\"\n      source: added\n      why: \"The provider reads the queue's tags with ListQueueTags on every refresh, so default_tags are compared.\"\n";
        var text = repo.Read(table);
        Assume.That(text, Does.Contain(refreshRead), "test setup: the queue table's refresh tag read");
        repo.Write(table, text.Replace(refreshRead, string.Empty, StringComparison.Ordinal).TrimEnd() + "\nwhen:\n  name:\n    - operation: refresh\n      action: sqs:ListQueueTags\n      resource: \"${arn}\"\n      source: added\n      why: \"test: the refresh read as a when-entry\"\n");
        RemoveGrant(repo, "github-plan", "sqs:ListQueueTags", "2-1-bbws-orders-dlq-${stack}");

        var findings = new IamCoverageRule().Evaluate(StackHarness.Build(repo.Root, "dev")).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();

        Assert.That(findings, Has.One.Matches<string>(m => m.StartsWith("github-plan may not call sqs:ListQueueTags on arn:aws:sqs:eu-west-1:536580886816:2-1-bbws-orders-dlq-dev ", StringComparison.Ordinal) && m.Contains("aws_sqs_queue.order_processor_dlq (refresh)", StringComparison.Ordinal)),
            "the plan role's missing refresh read must be found although the deploy role was asked the same request first; findings: " + string.Join("\n", findings));
    }

    // Deletes the one ledger entry of `action` whose resource line contains `resourcePart`; returns its text.
    // A stand-in for dev's bootstrap with only its artifact key and bucket, the bucket's grant to sit present or not.
    private static Stack LowerWithArtifactBucket(string repositoryRoot, bool bucketGrant)
    {
        var project = ProjectConfig.Load(repositoryRoot);
        var (dev, sit) = (project.Stack("dev"), project.Stack("sit"));
        var lower = new Stack(dev);
        var key = new EncryptionKey("artifact-key", new EncryptionKeyArgs
        {
            AliasName = ArtifactBucket.KeyAlias(dev),
            Description = "test",
            AdditionalStatements = [PromotionReads.KeyStatement(dev, sit)],
        }, new ResourceOptions { Parent = lower.Bootstrap });
        _ = new SecureBucket("artifacts", new SecureBucketArgs
        {
            BucketName = ArtifactBucket.Name(dev),
            KmsKeyArn = key.Arn,
            EnforcedKeyAliasArn = ArtifactBucket.KeyAliasArn(dev),
            AdditionalStatements = bucketGrant ? [PromotionReads.BucketStatement(dev, sit)] : [],
        }, new ResourceOptions { Parent = lower.Bootstrap });
        return lower;
    }

    [Test]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void WithoutTheLowerBucketsGrantAPromotionFailsNamingTheBucketTheActionAndEachReadingRole()
    {
        var sit = StackHarness.Build("sit");

        var without = new IamCoverageRule().EvaluateInRun(sit, [LowerWithArtifactBucket(RepositoryFiles.Root, bucketGrant: false), sit]).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();
        var with = new IamCoverageRule().EvaluateInRun(sit, [LowerWithArtifactBucket(RepositoryFiles.Root, bucketGrant: true), sit]).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();

        Assert.Multiple(() =>
        {
            foreach (var role in PromotionReads.ReaderRoles)
            {
                Assert.That(without, Has.One.Matches<string>(m => m.StartsWith($"{role} may not call s3:GetObject on arn:aws:s3:::2-1-bbws-artifacts-dev-536580886816/bundles/* in account 536580886816", StringComparison.Ordinal)
                    && m.Contains($"must grant arn:aws:iam::815856636111:role/2-1-bbws-{role}-sit s3:GetObject", StringComparison.Ordinal)),
                    $"sit's {role} reads dev's bundles: without dev's bucket grant IAM-COVERAGE must name the bucket, the action and the role; findings:\n{string.Join("\n", without)}");
            }

            Assert.That(without, Has.Count.EqualTo(PromotionReads.ReaderRoles.Count), "only the bucket read is refused: the key policy still grants the decrypt");
            Assert.That(with, Is.Empty, "with dev's bucket grant the promotion's reads are allowed");
        });
    }

    [TestCase("github-deploy", "s3:GetObject", "arn:aws:s3:::2-1-bbws-artifacts-${lower-stack}-${lower-account}/bundles/*", "sit", TestName = "Removing the deploy role's read of the lower bucket names the ledger entry with lower placeholders")]
    [TestCase("github-promote-plan", "kms:Decrypt", "arn:aws:kms:${lower-region}:${lower-account}:key/*", "prod", TestName = "Removing the promotion plan role's decrypt of the lower key names the ledger entry with lower placeholders")]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void RemovingAPromotionsLowerReadGrantFailsNamingTheLedgerEntryToAdd(string role, string action, string resource, string stackName)
    {
        using var repo = TestRepository.CopyOfReal();
        _ = RemoveGrant(repo, role, action, resource);
        var run = new[] { "dev", "sit", "prod" }.Select(s => StackHarness.Build(repo.Root, s)).ToList();

        var findings = new IamCoverageRule().EvaluateInRun(run.Single(s => s.Name == stackName), run).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();

        Assert.That(findings, Has.One.Matches<string>(m => m.Contains($"Add to ", StringComparison.Ordinal) && m.Contains($"infra/Ledgers/{role}.yaml:\n  - action: {action}\n    resource: \"{resource}\"\n", StringComparison.Ordinal)),
            $"{stackName}'s {role} without its grant on the lower stack's {action} must be told the entry to add; findings:\n{string.Join("\n", findings)}");
    }

    [Test]
    [NonCompliant(IamCoverageRule.RuleId)]
    public void AGrantScopedAwayFromAStackThatNeedsItFailsInThatStackOnly()
    {
        using var repo = TestRepository.CopyOfReal();
        ScopeGrant(repo, "github-deploy", "ssm:GetParameter", "deploy-freeze", "[sit, prod]");

        var dev = new IamCoverageRule().Evaluate(StackHarness.Build(repo.Root, "dev")).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();
        var sit = new IamCoverageRule().Evaluate(StackHarness.Build(repo.Root, "sit")).Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(dev, Has.One.Contains("may not call ssm:GetParameter on ").And.Contain("which driver (freeze-check)"), $"dev's deploy makes the freeze check, so scoping its grant to sit and prod must fail dev; findings:\n{string.Join("\n", dev)}");
            Assert.That(dev.Single(m => m.Contains("ssm:GetParameter", StringComparison.Ordinal)), Does.Match(@"infra/Ledgers/github-deploy\.yaml:\d+ grants it only in stacks \[sit, prod\]: add dev to its 'stacks'"), "the fix is to widen the entry's stacks, not to add a second entry the parser would refuse");
            Assert.That(sit.Where(m => m.Contains("ssm:GetParameter", StringComparison.Ordinal)), Is.Empty, "sit is in the grant's stacks and keeps it");
        });
    }

    [Test]
    [Compliant(IamCoverageRule.RuleId)]
    public void TheSavedPlanReadAndTheProdOnlyDriverWritesReachOnlyTheDeployPoliciesOfTheStacksThatMakeThem()
    {
        var run = RuleFixtures.PlatformStacks();
        string DeployPolicies(string stackName)
        {
            var stack = run.Single(s => s.Name == stackName);
            var role = stack.Bootstrap.ResourcesOf<GithubActionsRole>().Single(r => r.Ledgers[0].Role == IamCoverageRule.DeployRole);
            var arns = new ResourceArns(RequirementTable.Load(RepositoryFiles.Root, IamCatalog.Load(RepositoryFiles.PathOf(IamCatalog.RelativePath))), stack);
            return string.Join("\n", role.Policies.Select(p => PolicyJson.Render(p.Document, arns)));
        }

        Assert.Multiple(() =>
        {
            Assert.That(DeployPolicies("dev"), Does.Not.Contain("/plans/"), "nothing stores a saved plan for dev: its deploy role must not read plans/");
            Assert.That(DeployPolicies("sit"), Does.Contain("2-1-bbws-artifacts-sit-815856636111/plans/sit/*"), "sit's apply job reads back its saved plan");
            Assert.That(DeployPolicies("prod"), Does.Contain("2-1-bbws-artifacts-prod-093646564004/plans/prod/*"), "prod's apply job reads back its saved plan");
            Assert.That(DeployPolicies("dev") + DeployPolicies("sit"), Does.Not.Contain("dynamodb:CreateBackup").And.Not.Contain("ssm:PutParameter"), "only prod's deploys back up tables and freeze the stack on failure");
            Assert.That(DeployPolicies("prod"), Does.Contain("dynamodb:CreateBackup").And.Contain("ssm:PutParameter"), "prod's deploys back up tables and freeze the stack on failure");
        });
    }

    [Test]
    public void APromotedStackBuiltAloneSaysItsPromotionReadIsNotEvaluated()
    {
        var findings = new IamCoverageRule().Evaluate(StackHarness.Build("sit"));

        Assert.That(findings.Where(f => f.Severity == Severity.Info).Select(f => f.Message), Has.One.Contains("stack dev, which sit is promoted from, is not built in this run"), "a run without the lower stack cannot judge its bucket policy and must say so");
    }

    // Writes 'stacks: <stacks>' below the resource of the one entry of <action> whose resource contains <resourcePart>.
    private static void ScopeGrant(TestRepository repo, string role, string action, string resourcePart, string stacks)
    {
        var (path, lines, start) = LedgerEntry(repo, role, action, resourcePart);
        lines.Insert(start + 2, $"    stacks: {stacks}");
        repo.Write(path, string.Join('\n', lines));
    }

    private static string RemoveGrant(TestRepository repo, string role, string action, string resourcePart)
    {
        var (path, lines, start) = LedgerEntry(repo, role, action, resourcePart);
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("    ", StringComparison.Ordinal))
        {
            end++;
        }

        var entry = lines.GetRange(start, end - start);
        lines.RemoveRange(start, end - start);
        repo.Write(path, string.Join('\n', lines));
        return string.Join(" ", entry.Select(l => l.Trim()));
    }

    // The ledger of <role>, its lines, and the first line of its one entry of <action> whose resource contains <resourcePart>.
    private static (string Path, List<string> Lines, int Start) LedgerEntry(TestRepository repo, string role, string action, string resourcePart)
    {
        var path = $"infra/Ledgers/{role}.yaml";
        var lines = repo.Read(path).Split('\n').ToList();
        var starts = Enumerable.Range(0, lines.Count)
            .Where(i => lines[i] == $"  - action: {action}" && i + 1 < lines.Count && lines[i + 1].Contains(resourcePart, StringComparison.Ordinal))
            .ToList();
        Assert.That(starts, Has.Count.EqualTo(1), $"test setup: exactly one {action} entry on '{resourcePart}' in {path}");
        return (path, lines, starts[0]);
    }
}
