using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Infra.Rules;
using Infra.Tests.Components;

namespace Infra.Tests.Rules;

public class PolicyJsonTests
{
    [Test]
    public void ReferencesAndTemplatesBecomeTheValuesTheResolverGives()
    {
        var stack = TestStacks.Empty();
        var bucket = new S3Bucket("templates", new S3BucketArgs { Bucket = "2-1-bbws-templates-dev" }, TestStacks.In(stack.Main));
        var key = RuleFixtures.Key(stack);
        var document = new PolicyDocument(new PolicyStatement
        {
            Sid = "Read",
            Actions = ["s3:GetObject", "kms:Decrypt"],
            Resources = [new Output<string>(new Template([bucket.Arn.Expression, "/email-templates/*"])), key.Arn],
        });

        var json = PolicyJson.Render(document, new FixedArns());

        Assert.That(json, Is.EqualTo("{\"Statement\":[{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"kms:Decrypt\"],\"Resource\":[\"arn:aws:s3:::2-1-bbws-templates-dev/email-templates/*\",\"${aws_kms_key.key.arn}\"]}],\"Version\":\"2012-10-17\"}"),
            "the bucket reference must become its ARN inside the template, and the key's unknown ARN its token");
    }

    [Test]
    public void ASecretInAPolicyIsRefusedWithWhatPoliciesMayHold()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PolicyJson.Text(new SecretVariable("x", "bbws:x"), new FixedArns()));

        Assert.That(error!.Message, Does.Contain("policies hold text and resource references"), "the message must say what a policy may hold");
    }

    private sealed class FixedArns : IResourceArns
    {
        public string Arn(CustomResource resource) => resource is S3Bucket ? "arn:aws:s3:::2-1-bbws-templates-dev" : ResourceArnTokens.Of(resource, "arn");

        public string Value(AttributeReference reference) => reference.TerraformAttribute == "arn" ? Arn(reference.Resource) : ResourceArnTokens.Of(reference);
    }
}
