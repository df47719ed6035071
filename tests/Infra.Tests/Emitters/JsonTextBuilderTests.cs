using Infra.Emitters;
using Infra.Model;
using Newtonsoft.Json;

namespace Infra.Tests.Emitters;

public class JsonTextBuilderTests
{
    private static string Written(Action<JsonTextBuilder> write)
    {
        var buffer = new Utf8TextBuffer();
        write(new JsonTextBuilder(buffer));
        return new GeneratedFile(new RepositoryPath("x.json"), buffer).Content;
    }

    private static string Newtonsoft(Action<JsonWriter> write)
    {
        var text = new StringWriter { NewLine = "\n" };
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            write(writer);
        }

        return text.ToString();
    }

    [Test]
    public void NestedObjectsArraysAndEmptyContainersAreLaidOutAsNewtonsoftWritesThem()
    {
        var ours = Written(j => j.StartObject()
            .Name("a").StartArray().String("x").StartObject().Name("k").Bool(true).EndObject().StartArray().EndArray().EndArray()
            .Name("b").StartObject().EndObject()
            .Name("c").Number(42).Name("d").Number(50d).Name("e").Number(0.8).Name("f").Number(12345678901L).Name("g").Number(1.5m)
            .EndObject());
        var theirs = Newtonsoft(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("a");
            w.WriteStartArray();
            w.WriteValue("x");
            w.WriteStartObject();
            w.WritePropertyName("k");
            w.WriteValue(true);
            w.WriteEndObject();
            w.WriteStartArray();
            w.WriteEndArray();
            w.WriteEndArray();
            w.WritePropertyName("b");
            w.WriteStartObject();
            w.WriteEndObject();
            w.WritePropertyName("c");
            w.WriteValue(42);
            w.WritePropertyName("d");
            w.WriteValue(50d);
            w.WritePropertyName("e");
            w.WriteValue(0.8);
            w.WritePropertyName("f");
            w.WriteValue(12345678901L);
            w.WritePropertyName("g");
            w.WriteValue(1.5m);
            w.WriteEndObject();
        });
        Assert.That(ours, Is.EqualTo(theirs), "the layout differs from Newtonsoft.Json's indented output, so committed modules would change");
    }

    [Test]
    public void StringsAreEscapedAsNewtonsoftEscapesThem()
    {
        var nasty = string.Concat(Enumerable.Range(0, 0x30).Select(i => (char)i)) + "\"\\/\u007f\u0085\u00e9\u2028\u2029\U0001F600${x}<&>'";
        var ours = Written(j => j.StartObject().Name(nasty).String(nasty).EndObject());
        var theirs = Newtonsoft(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName(nasty);
            w.WriteValue(nasty);
            w.WriteEndObject();
        });
        Assert.That(ours, Is.EqualTo(theirs), "a string is escaped differently from Newtonsoft.Json");
    }

    [Test]
    public void AValueThatIsNotANumberIsRefused()
    {
        Assert.That(() => Written(j => j.Number("12")), Throws.ArgumentException.With.Message.Contains("String is not a JSON number"));
    }
}
