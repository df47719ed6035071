using Infra.Previews;
using Newtonsoft.Json;

namespace Infra.Tests.Previews;

public class JsonencodeExpressionTests
{
    [Test]
    public void AGeneratedPolicyExpressionReadsAsItsDocumentWithReferencesKept()
    {
        var expression = """${jsonencode({"Statement" = [{"Action" = ["s3:GetObject"], "Condition" = {"Bool" = {"aws:SecureTransport" = ["false"]}}, "Effect" = "Allow", "Resource" = ["${aws_s3_bucket.b.arn}/*", aws_kms_key.k.arn], "Sid" = "Read"}], "Version" = "2012-10-17"})}""";

        var document = JsonencodeExpression.TryParse(expression);

        Assert.That(document?.ToString(Formatting.None), Is.EqualTo("""{"Statement":[{"Action":["s3:GetObject"],"Condition":{"Bool":{"aws:SecureTransport":["false"]}},"Effect":"Allow","Resource":["${aws_s3_bucket.b.arn}/*","${aws_kms_key.k.arn}"],"Sid":"Read"}],"Version":"2012-10-17"}"""));
    }

    [Test]
    public void EscapesNumbersAndLiteralsAreUndone()
    {
        var document = JsonencodeExpression.TryParse("""${jsonencode({"a" = "q\"uote\\n$${literal}", "b" = 12, "c" = true, "d" = null, "e" = 1.5})}""");

        Assert.That(document?.ToString(Formatting.None), Is.EqualTo("""{"a":"q\"uote\\n${literal}","b":12,"c":true,"d":null,"e":1.5}"""));
    }

    [Test]
    public void AnythingElseIsNotRead()
    {
        Assert.Multiple(() =>
        {
            Assert.That(JsonencodeExpression.TryParse("${aws_s3_bucket.b.arn}"), Is.Null, "a reference is no jsonencode");
            Assert.That(JsonencodeExpression.TryParse("""${jsonencode({"a" = )}"""), Is.Null, "a broken expression is left as text");
            Assert.That(JsonencodeExpression.TryParse("""${jsonencode({"a" = 1}) }"""), Is.Null);
        });
    }
}
