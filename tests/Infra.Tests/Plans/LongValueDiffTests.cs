using Infra.Plans;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class LongValueDiffTests
{
    private static AttributeValue Text(string value) => AttributeValue.Known(JsonConvert.ToString(value));

    [Test]
    public void AJsonValueShowsItsChangedKeysOnly()
    {
        var before = AttributeValue.Known("""{"a":1,"b":{"c":"x","d":[1,2]},"e":"same"}""");
        var after = AttributeValue.Known("""{"a":1,"b":{"c":"y","d":[1,2,3]},"f":true,"e":"same"}""");

        Assert.That(LongValueDiff.Lines(before, after), Is.EqualTo(new[] { "~ b.c: \"x\" → \"y\"", "+ b.d[2] = 3", "+ f = true" }));
    }

    [Test]
    public void AJsonDocumentHeldInAStringIsComparedAsThatDocument()
    {
        var before = Text("""[{"name":"app","image":"repo:1","env":[{"name":"A","value":"1"}]}]""");
        var after = Text("""[{"name":"app","image":"repo:2","env":[{"name":"A","value":"1"}]}]""");

        Assert.That(LongValueDiff.Lines(before, after), Is.EqualTo(new[] { "~ [0].image: \"repo:1\" → \"repo:2\"" }));
    }

    [Test]
    public void AMultiLineStringShowsTheChangedLinesWithOneLineOfContext()
    {
        var lines = Enumerable.Range(1, 30).Select(i => $"line {i}").ToList();
        var before = string.Join("\n", lines);
        lines[19] = "line twenty";
        var after = string.Join("\n", lines);

        Assert.That(LongValueDiff.Lines(Text(before), Text(after)), Is.EqualTo(new[] { "@@ line 19 @@", "  line 19", "- line 20", "+ line twenty", "  line 21" }));
    }

    [Test]
    public void ALongOneLineStringShowsTheChangedSpanWithContext()
    {
        var before = new string('a', 300) + "OLD" + new string('b', 300);
        var after = new string('a', 300) + "NEW" + new string('b', 300);

        var lines = LongValueDiff.Lines(Text(before), Text(after));

        Assert.That(lines, Is.EqualTo(new[] { $"at character 301: …{new string('a', LongValueDiff.Context)}[-OLD-]{{+NEW+}}{new string('b', LongValueDiff.Context)}…" }));
    }

    [Test]
    public void AnInlinePolicyInsideAListIsComparedStatementByStatement()
    {
        var policy = """{"Statement":[{"Sid":"S","Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}""";
        var before = new JArray(new JObject { ["name"] = "inline", ["policy"] = policy }).ToString(Formatting.None);
        var after = new JArray(new JObject { ["name"] = "inline", ["policy"] = policy.Replace("\"sqs:SendMessage\"", "[\"sqs:SendMessage\",\"sqs:DeleteMessage\"]", StringComparison.Ordinal) }).ToString(Formatting.None);

        var lines = PreviewLines.AttributeLines(new AttributeChange("inline_policy", AttributeValue.Known(before), AttributeValue.Known(after)));

        Assert.That(lines.Skip(1), Is.EqualTo(new[] { "~ [0].policy: policy document changed", "    statement \"S\": actions added: sqs:DeleteMessage" }), "a short inline policy is compared too");
    }

    [Test]
    public void ValuesThatAreNotComparablePiecewiseGiveNoDiff()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LongValueDiff.Lines(AttributeValue.Known("1"), AttributeValue.Known("\"x\"")), Is.Null);
            Assert.That(LongValueDiff.Lines(AttributeValue.Sensitive, Text("x")), Is.Null, "a sensitive value is never compared");
        });
    }

    [Test]
    public void APreviewLineOfALongValueIsItsDiffAndNothingIsCut()
    {
        var before = "{\"tags\":{" + string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"k{i}\":\"v{i}\"")) + "}}";
        var after = before.Replace("\"k39\":\"v39\"", "\"k39\":\"changed\"", StringComparison.Ordinal);

        var lines = PreviewLines.AttributeLines(new AttributeChange("settings", AttributeValue.Known(before), AttributeValue.Known(after)));

        Assert.That(lines, Is.EqualTo(new[] { $"~ settings: changed inside ({before.Length} → {after.Length} characters)", "~ tags.k39: \"v39\" → \"changed\"" }));
        Assert.That(string.Concat(PreviewLines.AttributeLines(new AttributeChange("settings", AttributeValue.Absent, AttributeValue.Known(before)))), Does.Contain("\"k39\":\"v39\"").And.Not.Contain("…"), "a created long value is shown whole");
    }
}
