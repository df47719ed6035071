using Infra.Plans;
using Newtonsoft.Json;

namespace Infra.Tests.Plans;

public class NetPermissionChangesTests
{
    private static AttributeValue Policy(string document) => AttributeValue.Known(JsonConvert.ToString(document.Replace('\'', '"')));

    private static PlannedChange PolicyUpdate(string address, string group, string before, string after) =>
        new(address, group, "aws_iam_policy", ChangeKind.Update, ["update"])
        {
            Attributes = [new AttributeChange("policy", Policy(before), Policy(after))],
        };

    [Test]
    public void AStatementMovedBetweenARolesPackedPoliciesNetsToTheOneActionReallyGranted()
    {
        var changes = new ChangeSet("test", [
            PolicyUpdate("aws_iam_policy.deploy_2", "deploy",
                "{'Statement':[{'Effect':'Allow','Action':['lambda:GetAlias','apigateway:PUT'],'Resource':['arn:f','arn:api']}]}",
                "{'Statement':[{'Effect':'Allow','Action':['lambda:GetAlias','lambda:InvokeFunction'],'Resource':'arn:f'}]}"),
            PolicyUpdate("aws_iam_policy.deploy_3", "deploy",
                "{'Statement':[{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:b'}]}",
                "{'Statement':[{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:b'},{'Effect':'Allow','Action':['apigateway:PUT','lambda:GetAlias'],'Resource':['arn:api','arn:f']}]}"),
        ]);

        var banners = NetPermissionChanges.Banners(changes);

        Assert.That(banners, Is.EqualTo(new[]
        {
            (false, "Permissions of deploy (its 2 changed policies together): granted lambda:InvokeFunction on arn:f; nothing else granted or removed."),
        }), "statements that only moved between the role's policies must net out; the one new grant must be named");
    }

    [Test]
    public void ARemovedDenyIsASevereBannerAndARemovedGrantIsNamed()
    {
        var changes = new ChangeSet("test", [
            PolicyUpdate("aws_iam_policy.deploy_1", "deploy",
                "{'Statement':[{'Sid':'DenyBoundary','Effect':'Deny','Action':'iam:DeletePolicy','Resource':'arn:p'},{'Effect':'Allow','Action':'sqs:SendMessage','Resource':'arn:q'}]}",
                "{'Statement':[{'Effect':'Allow','Action':'sqs:SendMessage','Resource':'arn:q'}]}"),
            PolicyUpdate("aws_iam_policy.deploy_2", "deploy",
                "{'Statement':[{'Effect':'Allow','Action':'kms:Decrypt','Resource':'arn:k','Condition':{'StringEquals':{'kms:ViaService':'s3.x'}}}]}",
                "{'Statement':[{'Effect':'Allow','Action':'kms:Decrypt','Resource':'arn:k'}]}"),
        ]);

        var banners = NetPermissionChanges.Banners(changes);

        Assert.That(banners, Is.EqualTo(new[]
        {
            (false, "Permissions of deploy (its 2 changed policies together): granted kms:Decrypt on arn:k; no longer granted kms:Decrypt on arn:k if {\"StringEquals\":{\"kms:ViaService\":\"s3.x\"}}."),
            (true, "DENY REMOVED from deploy: iam:DeletePolicy on arn:p is no longer denied."),
        }), "a dropped condition is a wider grant and must show; a removed deny must be a severe banner");
    }

    [Test]
    public void AGroupWithOneChangedPolicyGetsNoNetBannerItsStatementDiffSaysItAll()
    {
        var changes = new ChangeSet("test", [
            PolicyUpdate("aws_iam_policy.only", "deploy", "{'Statement':[{'Effect':'Allow','Action':'a:A','Resource':'*'}]}", "{'Statement':[{'Effect':'Allow','Action':'a:B','Resource':'*'}]}"),
        ]);

        Assert.That(NetPermissionChanges.Banners(changes), Is.Empty);
    }

    [Test]
    public void TheNetBannerReachesEveryPreviewFormat()
    {
        var changes = new ChangeSet("test", [
            PolicyUpdate("aws_iam_policy.deploy_2", "deploy", "{'Statement':[{'Effect':'Allow','Action':'a:A','Resource':'*'}]}", "{'Statement':[]}"),
            PolicyUpdate("aws_iam_policy.deploy_3", "deploy", "{'Statement':[]}", "{'Statement':[{'Effect':'Allow','Action':['a:A','a:B'],'Resource':'*'}]}"),
        ]);
        const string expected = "granted a:B on *";

        Assert.Multiple(() =>
        {
            Assert.That(TextPreviewRenderer.Render(changes, "dev"), Does.Contain(expected), "text");
            Assert.That(MarkdownPreviewRenderer.Render(changes, "dev"), Does.Contain(expected), "markdown");
            Assert.That(JsonPreviewRenderer.Render(changes, "dev"), Does.Contain(expected), "json");
        });
    }
}
