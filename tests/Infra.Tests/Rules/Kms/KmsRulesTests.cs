using Infra.Model;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class KmsRulesTests
{
    [NonCompliant(KmsRotationRule.RuleId)]
    [Test]
    public void AKeyWithoutRotationFails()
    {
        var stack = TestStacks.Empty();
        _ = new KmsKey("key", new KmsKeyArgs { Description = "k", EnableKeyRotation = false }, TestStacks.In(stack.Main));

        Assert.That(new KmsRotationRule().Evaluate(stack).Single().Message, Does.Contain("does not rotate"));
    }

    [NonCompliant(KmsKeyPolicyRule.RuleId)]
    [Test]
    public void AKeyPolicyGrantingKmsStarToEveryoneFails()
    {
        var stack = TestStacks.Empty();
        _ = new KmsKey("key", new KmsKeyArgs
        {
            Description = "k",
            Policy = new PolicyDocument(new PolicyStatement { Sid = "Everyone", Actions = ["kms:*"], Resources = ["*"], Principals = new Dictionary<string, IReadOnlyList<Input<string>>> { ["AWS"] = ["*"] }, Reason = "open" }),
        }, TestStacks.In(stack.Main));

        Assert.That(new KmsKeyPolicyRule().Evaluate(stack).Single().Message, Does.Contain("Everyone").And.Contain("principal '*'"));
    }

    [Compliant(KmsRotationRule.RuleId)]
    [Compliant(KmsKeyPolicyRule.RuleId)]
    [Test]
    public void ThePlatformsKeysComply()
    {
        Rule[] rules = [new KmsRotationRule(), new KmsKeyPolicyRule()];

        Assert.That(RuleFixtures.PlatformStacks().SelectMany(s => rules.SelectMany(r => r.Evaluate(s))).Select(f => f.ToString()), Is.Empty, "EncryptionKey grants kms:* to the account root only and rotates");
    }
}
