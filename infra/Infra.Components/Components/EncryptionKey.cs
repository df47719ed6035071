using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>
/// A customer-managed KMS key with rotation on and an alias, whose key policy lets the account administer it
/// lets CloudWatch Logs encrypt this account's log groups with it (log groups cannot use a key otherwise) and lets
/// this account's CloudWatch alarms publish to topics it encrypts.
/// </summary>
public sealed class EncryptionKey : ComponentResource
{
    /// <summary>Builds the key and its alias.</summary>
    public EncryptionKey(string name, EncryptionKeyArgs args, ResourceOptions? options = null)
        : base("bbws:security:EncryptionKey", name, options)
    {
        var alias = AwsNameLimits.KmsAlias(nameof(args.AliasName), $"alias/{args.AliasName}");
        foreach (var statement in args.AdditionalStatements)
        {
            if (statement.Principals.Count == 0 || statement.Actions.Count == 0)
            {
                throw new ArgumentException($"key {args.AliasName}: the additional key policy statement '{statement.Sid ?? statement.Reason}' must name Principals and Actions: a key policy statement says who may do what with the key.", nameof(args));
            }
        }

        // The key belongs to its stack's account and region: the component reads them from its stack.
        var (account, region) = (Root.Stack.AccountId, Root.Stack.Region);
        var accountRoot = $"arn:aws:iam::{account}:root";
        Key = new KmsKey($"{name}-key", new KmsKeyArgs
        {
            Description = args.Description,

            // Yearly rotation of the key material; the longest deletion window, to undo a mistaken deletion.
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Policy = new PolicyDocument([.. Statements(args, account, region)]),
        }, ChildOptions(args.Protect));
        Alias = new KmsAlias($"{name}-alias", new KmsAliasArgs { Name = alias, TargetKeyId = Key.KeyId }, ChildOptions());
    }

    /// <summary>The key.</summary>
    public KmsKey Key { get; }

    /// <summary>The key's alias.</summary>
    public KmsAlias Alias { get; }

    /// <summary>The key's ARN.</summary>
    public Output<string> Arn => Key.Arn;

    private static IEnumerable<PolicyStatement> Statements(EncryptionKeyArgs args, string account, string region)
    {
        var accountRoot = $"arn:aws:iam::{account}:root";
        yield return new PolicyStatement
        {
            Sid = "AccountAdministers",
            Actions = ["kms:*"],
            Resources = ["*"],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = [accountRoot] },
            Reason = "Without the account root in the key policy, IAM policies cannot grant use of the key and the key becomes unmanageable.",
        };
        yield return new PolicyStatement
        {
            Sid = "CloudWatchLogsEncrypts",
            Actions = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*", "kms:DescribeKey"],
            Resources = ["*"],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = [$"logs.{region}.amazonaws.com"] },
            Conditions = [new PolicyCondition("ArnLike", "kms:EncryptionContext:aws:logs:arn", [$"arn:aws:logs:{region}:{account}:log-group:*"])],
            Reason = "CloudWatch Logs encrypts log groups of this account only with a key whose policy allows its service principal.",
        };
        yield return new PolicyStatement
        {
            Sid = "CloudWatchAlarmsPublishToEncryptedTopics",
            Actions = ["kms:Decrypt", "kms:GenerateDataKey*"],
            Resources = ["*"],
            Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["cloudwatch.amazonaws.com"] },
            Conditions = [new PolicyCondition("StringEquals", "aws:SourceAccount", [account])],
            Reason = "CloudWatch alarms publish to the stack's notification topic, which this key encrypts: SNS asks the publisher's principal for a data key.",
        };
        if (args.SesPublishesToTopics)
        {
            yield return new PolicyStatement
            {
                Sid = "SesPublishesToEncryptedTopics",
                Actions = ["kms:Decrypt", "kms:GenerateDataKey*"],
                Resources = ["*"],
                Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["Service"] = ["ses.amazonaws.com"] },
                Conditions =
                [
                    new PolicyCondition("StringEquals", "aws:SourceAccount", [account]),
                    new PolicyCondition("ArnLike", "aws:SourceArn", [$"arn:aws:ses:{region}:{account}:configuration-set/*"]),
                ],
                Reason = "SES publishes this account's configuration-set events (bounces, complaints) to the notification topic, which this key encrypts: SNS asks SES for a data key.",
            };
        }

        foreach (var statement in args.AdditionalStatements)
        {
            yield return statement;
        }
    }
}
