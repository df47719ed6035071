using Infra.Rules;

namespace Infra.Tests.Rules.Iam;

public class TransportContextTests
{
    [Test]
    public void EveryRequestCarriesSecureTransportBesideTheCallsOwnKeys()
    {
        var context = new TransportContext(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["iam:PassedToService"] = ["lambda.amazonaws.com"] });

        Assert.That(context["aws:SecureTransport"], Is.EqualTo(new[] { "true" }), "a CI call uses TLS: a bucket policy denying plain HTTP must see it");
        Assert.That(context["iam:PassedToService"], Is.EqualTo(new[] { "lambda.amazonaws.com" }), "the call's own keys must be kept");
        Assert.That(context.Select(p => p.Key), Is.EquivalentTo(new[] { "iam:PassedToService", "aws:SecureTransport" }), "enumeration must list each key once");
        Assert.That(context.Count, Is.EqualTo(2));
    }

    [Test]
    public void KeysAreFoundInAnySpellingAsIamComparesThem()
    {
        var context = new TransportContext(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["kms:ViaService"] = ["s3.eu-west-1.amazonaws.com"] });

        Assert.That(context.TryGetValue("KMS:viaservice", out var via), Is.True, "IAM condition keys are case-insensitive");
        Assert.That(via, Is.EqualTo(new[] { "s3.eu-west-1.amazonaws.com" }));
        Assert.That(context.ContainsKey("AWS:SECURETRANSPORT"), Is.True);
        Assert.That(context.ContainsKey("iam:PermissionsBoundary"), Is.False, "a key the call does not carry is absent");
    }

    [Test]
    public void ACallThatSetsSecureTransportItselfKeepsItsValue()
    {
        var context = new TransportContext(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["aws:securetransport"] = ["false"] });

        Assert.That(context["aws:SecureTransport"], Is.EqualTo(new[] { "false" }), "the call's own value wins over the default");
        Assert.That(context.Count, Is.EqualTo(1), "the key must not be listed twice");
        Assert.That(context.Single().Value, Is.EqualTo(new[] { "false" }));
    }
}
