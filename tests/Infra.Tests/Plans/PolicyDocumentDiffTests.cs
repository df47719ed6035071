using Infra.Plans;
using Newtonsoft.Json;

namespace Infra.Tests.Plans;

public class PolicyDocumentDiffTests
{
    // As Terraform and Pulumi carry a policy: a JSON string holding the document.
    private static AttributeValue Policy(string document) => AttributeValue.Known(JsonConvert.ToString(document.Replace('\'', '"')));

    private static IReadOnlyList<string> Diff(string before, string after) =>
        PolicyDocumentDiff.Lines(Policy(before), Policy(after)) ?? throw new AssertionException("both sides are policy documents, yet no diff was made");

    [Test]
    public void StatementsWithASidAreMatchedByItWhateverTheirOrder()
    {
        var lines = Diff(
            "{'Statement':[{'Sid':'Read','Effect':'Allow','Action':['s3:GetObject'],'Resource':'arn:a'},{'Sid':'Write','Effect':'Allow','Action':'s3:PutObject','Resource':'arn:a'}]}",
            "{'Statement':[{'Sid':'Write','Effect':'Allow','Action':'s3:PutObject','Resource':'arn:a'},{'Sid':'Read','Effect':'Allow','Action':['s3:GetObject','s3:ListBucket'],'Resource':['arn:a','arn:b']}]}");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "statement \"Read\": actions added: s3:ListBucket",
            "statement \"Read\": resources added: arn:b",
        }), "a reorder is no change; the added action and resource of the matched statement are");
    }

    [Test]
    public void StatementsWithoutASidAreMatchedByEffectPrincipalAndResources()
    {
        var lines = Diff(
            "{'Statement':[{'Effect':'Allow','Action':'sqs:SendMessage','Resource':'arn:q'},{'Effect':'Deny','Action':'s3:*','Resource':'arn:b','Condition':{'Bool':{'aws:SecureTransport':'false'}}}]}",
            "{'Statement':[{'Effect':'Deny','Action':'s3:*','Resource':'arn:b','Condition':{'Bool':{'aws:SecureTransport':'true'}}},{'Effect':'Allow','Action':'sqs:SendMessage','Resource':'arn:q'}]}");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "statement 1: conditions changed: {\"Bool\":{\"aws:SecureTransport\":\"false\"}} → {\"Bool\":{\"aws:SecureTransport\":\"true\"}}",
        }), "the deny statement moved and its condition changed; the allow statement is the same");
    }

    [Test]
    public void UnnamedStatementsLeftUnmatchedArePairedByPositionAndNamedOnesAreAddedOrRemoved()
    {
        var lines = Diff(
            "{'Statement':[{'Effect':'Allow','Action':'a:One','Resource':'arn:1'},{'Sid':'Gone','Effect':'Allow','Action':'a:Gone','Resource':'*'}]}",
            "{'Statement':[{'Effect':'Allow','Action':'a:One','Resource':'arn:2'},{'Sid':'New','Effect':'Allow','Action':['a:New'],'Resource':'*','Principal':{'Service':'lambda.amazonaws.com'}}]}");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "statement 1: resources added: arn:2",
            "statement 1: resources removed: arn:1",
            "statement added: statement \"New\": Allow; principal {\"Service\":\"lambda.amazonaws.com\"}; actions a:New; resources *",
            "statement removed: statement \"Gone\": Allow; actions a:Gone; resources *",
        }), "a statement whose Sid is gone was removed, and one with a new Sid added: pairing them would read as a rename");
    }

    [Test]
    public void AnAllowIsNeverPairedWithADenyByPosition()
    {
        var lines = Diff(
            "{'Statement':[{'Effect':'Deny','Action':'iam:DeletePolicy','Resource':'arn:p'}]}",
            "{'Statement':[{'Effect':'Allow','Action':'lambda:InvokeFunction','Resource':'arn:f'}]}");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "statement added: statement 1: Allow; actions lambda:InvokeFunction; resources arn:f",
            "statement removed: statement 1: Deny; actions iam:DeletePolicy; resources arn:p",
        }), "a removed deny must read as removed, not as a deny turned allow");
    }

    [Test]
    public void AnAddedStatementIsShownWholeAndARemovedOneToo()
    {
        var lines = Diff(
            "{'Version':'2012-10-17','Statement':{'Sid':'Old','Effect':'Allow','Action':'kms:Decrypt','Resource':'*'}}",
            "{'Version':'2012-10-17','Statement':[{'Sid':'Keep','Effect':'Deny','NotAction':['iam:*'],'Resource':'*','Condition':{'StringEquals':{'aws:PrincipalAccount':'1'}}}]}");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "statement added: statement \"Keep\": Deny; not-actions iam:*; resources *; conditions {\"StringEquals\":{\"aws:PrincipalAccount\":\"1\"}}",
            "statement removed: statement \"Old\": Allow; actions kms:Decrypt; resources *",
        }), "a statement given as an object and one in a list compare alike; different Sids are a removal and an addition");

        var added = Diff("{'Statement':[{'Sid':'A','Effect':'Allow','Action':'x:A','Resource':'*'}]}", "{'Statement':[{'Sid':'A','Effect':'Allow','Action':'x:A','Resource':'*'},{'Sid':'B','Effect':'Allow','Action':['x:B','x:C'],'Resource':'arn:z'}]}");
        Assert.That(added, Is.EqualTo(new[] { "statement added: statement \"B\": Allow; actions x:B, x:C; resources arn:z" }));
    }

    [Test]
    public void AnActionDeepInsideALongPolicyIsNamedNotCut()
    {
        var statements = Enumerable.Range(0, 40).Select(i => $"{{'Sid':'S{i}','Effect':'Allow','Action':['service{i}:Get','service{i}:List'],'Resource':'arn:aws:s3:::bucket-{i}/*'}}").ToList();
        var before = "{'Statement':[" + string.Join(",", statements) + "]}";
        var after = before.Replace("'service39:List'", "'service39:List','service39:Delete'", StringComparison.Ordinal);

        var lines = Diff(before, after);

        Assert.That(before.Length, Is.GreaterThan(PreviewLines.MaxValueLength * 10), "test setup: the policy must be long");
        Assert.That(lines, Is.EqualTo(new[] { "statement \"S39\": actions added: service39:Delete" }));
    }

    [Test]
    public void AValueThatIsNotAPolicyDocumentIsNotComparedAsOne()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PolicyDocumentDiff.Lines(AttributeValue.Known("\"plain\""), Policy("{'Statement':[]}")), Is.Null, "a plain string is no policy");
            Assert.That(PolicyDocumentDiff.Document(AttributeValue.Sensitive), Is.Null, "a sensitive value is never parsed");
            Assert.That(PolicyDocumentDiff.Document(AttributeValue.Known("{\"Statement\":[]}")), Is.Not.Null, "a document given as an object (Pulumi inputs) is one");
        });
    }

    [Test]
    public void ReorderedStatementsSayNoPermissionChanged()
    {
        var lines = Diff("{'Statement':[{'Sid':'A','Effect':'Allow','Action':'x:A','Resource':'*'},{'Sid':'B','Effect':'Allow','Action':'x:B','Resource':'*'}]}", "{'Statement':[{'Sid':'B','Effect':'Allow','Action':'x:B','Resource':'*'},{'Sid':'A','Effect':'Allow','Action':['x:A'],'Resource':['*']}]}");

        Assert.That(lines, Is.EqualTo(new[] { "statements reordered or reformatted; no permission changed" }));
    }
}
