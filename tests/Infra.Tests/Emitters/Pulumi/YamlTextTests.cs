using Infra.Emitters.Pulumi;

namespace Infra.Tests.Emitters.Pulumi;

public class YamlTextTests
{
    // Every word YAML 1.1 or 1.2 reads as a boolean or null: a plain string spelled so would change type.
    private static readonly string[] NonStringWords =
    [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~",
    ];

    [TestCaseSource(nameof(NonStringWords))]
    public void AStringSpelledAsABooleanOrNullIsQuoted(string word) =>
        Assert.That(YamlText.StringText(word), Is.EqualTo($"\"{word}\""), $"'{word}' written plain reads back as a boolean or null, not the string");

    [TestCase("12")]
    [TestCase("-1.5e3")]
    [TestCase(".5")]
    [TestCase("+7")]
    [TestCase("0x1F")]
    [TestCase("0o17")]
    [TestCase("2012-10-17")]
    [TestCase("2012-10-17T10:00:00Z")]
    [TestCase(".inf")]
    [TestCase("-.Inf")]
    [TestCase(".NaN")]
    public void AStringSpelledAsANumberOrTimestampIsQuoted(string text) =>
        Assert.That(YamlText.StringText(text), Is.EqualTo($"\"{text}\""), $"'{text}' written plain reads back as a number or timestamp, not the string");

    [TestCase("notification-topic")]
    [TestCase("yesterday")]
    [TestCase("Nullable")]
    [TestCase("trueish")]
    [TestCase("offline")]
    [TestCase("order-processor")]
    public void ALongerWordThatOnlyStartsLikeOneIsWrittenPlain(string text) =>
        Assert.That(YamlText.StringText(text), Is.EqualTo(text), $"'{text}' is no boolean, null or number: quoting it would only add noise");

    [TestCase("key: value")]
    [TestCase("value #comment")]
    [TestCase("ends-with:")]
    [TestCase("tab\there")]
    [TestCase("delete\u007f")]
    [TestCase("- item")]
    [TestCase("#start")]
    public void TextAPlainScalarWouldReadDifferentlyIsQuoted(string text) =>
        Assert.That(YamlText.StringText(text), Does.StartWith("\""), $"'{text}' written plain would not read back as the same string");

    [TestCase("arn:aws:iam::536580886816:role/ci")]
    [TestCase("a#b")]
    [TestCase("x:y:z#")]
    [TestCase("https://example.com/#anchor")]
    public void ColonsAndHashesThatStartNoMappingOrCommentStayPlain(string text) =>
        Assert.That(YamlText.StringText(text), Is.EqualTo(text), $"'{text}' reads back the same written plain");
}
