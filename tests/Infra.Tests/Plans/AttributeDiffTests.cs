using Infra.Plans;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Plans;

public class AttributeDiffTests
{
    [Test]
    public void MasksNestedSensitiveValuesOnBothSides()
    {
        var before = JObject.Parse("""{"environment":{"variables":{"API_KEY":"old-secret","STAGE":"dev"}}}""");
        var after = JObject.Parse("""{"environment":{"variables":{"API_KEY":"new-secret","STAGE":"sit"}}}""");
        var sensitive = JObject.Parse("""{"environment":{"variables":{"API_KEY":true}}}""");

        var changes = AttributeDiff.Compute(before, after, new JObject(), sensitive, sensitive);
        var text = string.Join("\n", changes.Select(PreviewLines.Attribute));

        Assert.That(text, Does.Not.Contain("old-secret").And.Not.Contain("new-secret"), "sensitive values must never be shown");
        Assert.That(text, Does.Contain("environment.variables.API_KEY: (sensitive value) → (sensitive value)"), "a changed sensitive value is listed, masked");
        Assert.That(text, Does.Contain("environment.variables.STAGE: \"dev\" → \"sit\""), "non-sensitive siblings are shown");
    }

    [Test]
    public void BareTrueMasksTheWholeValueAndBareFalseMasksNothing()
    {
        var before = JObject.Parse("""{"value":"a"}""");
        var after = JObject.Parse("""{"value":"b"}""");

        var masked = AttributeDiff.Compute(before, after, null, true, true).Single();
        var shown = AttributeDiff.Compute(before, after, null, false, false).Single();

        Assert.That((masked.Before.State, masked.After.State), Is.EqualTo((ValueState.Sensitive, ValueState.Sensitive)), "a bare true masks everything");
        Assert.That(PreviewLines.Attribute(shown), Is.EqualTo("~ value: \"a\" → \"b\""), "a bare false masks nothing");
    }

    [Test]
    public void ListsAreMaskedWholeWhenAnyElementIsSensitive()
    {
        var after = JObject.Parse("""{"tags":["public","s3cr3t"]}""");

        var change = AttributeDiff.Compute(null, after, null, null, JObject.Parse("""{"tags":[false,true]}""")).Single();

        Assert.That(change.After.State, Is.EqualTo(ValueState.Sensitive), "a list with one sensitive element is masked whole");
    }

    [Test]
    public void ShowsComputedValuesAsKnownAfterApply()
    {
        var change = AttributeDiff.Compute(JObject.Parse("""{"arn":"old"}"""), JObject.Parse("""{"arn":null}"""), JObject.Parse("""{"arn":true}"""), false, false).Single();

        Assert.That(PreviewLines.Attribute(change), Is.EqualTo("~ arn: \"old\" → (known after apply)"));
    }

    [Test]
    public void MarksTheAttributesThatForceReplacement()
    {
        var paths = AttributeDiff.ReplacePaths(JArray.Parse("""[["content"],["ebs_block_device",0,"size"]]"""));

        var changes = AttributeDiff.Compute(JObject.Parse("""{"content":"a","name":"x"}"""), JObject.Parse("""{"content":"b","name":"y"}"""), null, null, null, paths);

        Assert.That(paths, Is.EqualTo(new[] { "content", "ebs_block_device[0].size" }));
        Assert.That(changes.Where(c => c.ForcesReplacement).Select(c => c.Path), Is.EqualTo(new[] { "content" }), "only content forces replacement");
    }

    [Test]
    public void ListsNothingForADeleteAndOnlySetValuesForACreate()
    {
        var deleted = AttributeDiff.Compute(JObject.Parse("""{"bucket":"b"}"""), null, null, null, null);
        var created = AttributeDiff.Compute(null, JObject.Parse("""{"bucket":"b","acl":null}"""), null, null, null);

        Assert.That(deleted, Is.Empty, "a delete needs no attribute lines");
        Assert.That(created.Select(c => c.Path), Is.EqualTo(new[] { "bucket" }), "null values of a create are left out");
    }
}
