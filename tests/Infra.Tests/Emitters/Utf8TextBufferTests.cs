using System.Text;
using Infra.Emitters;
using Infra.Model;

namespace Infra.Tests.Emitters;

public class Utf8TextBufferTests
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private static byte[] BytesOf(Utf8TextBuffer buffer)
    {
        using var stream = new MemoryStream();
        new GeneratedFile(new RepositoryPath("x"), buffer).WriteTo(stream);
        return stream.ToArray();
    }

    [Test]
    public void TextAcrossManyChunksIsEncodedExactlyAsUTF8EncodingEncodesIt()
    {
        // Multi-byte characters and surrogate pairs land on every offset of a chunk boundary.
        string[] characters = ["a", "\u00e9", "\u20ac", "\U0001F600", "z"];
        var pieces = Enumerable.Range(0, 40_000).Select(i => string.Concat(characters.Take(1 + (i % characters.Length)))).ToList();
        var text = string.Concat(pieces);
        var buffer = new Utf8TextBuffer();
        foreach (var piece in pieces)
        {
            buffer.Append(piece);
        }

        var expected = Utf8.GetBytes(text);
        Assert.Multiple(() =>
        {
            Assert.That(buffer.Length, Is.EqualTo(expected.Length), "Length does not count the bytes written");
            Assert.That(BytesOf(buffer), Is.EqualTo(expected), "the chunks do not hold the UTF-8 encoding of the text");
        });
    }

    [Test]
    public void ALoneSurrogateIsWrittenAsTheReplacementCharacterLikeUTF8Encoding()
    {
        var text = "x\ud800y\udc00";
        var buffer = new Utf8TextBuffer().Append(text);
        Assert.That(BytesOf(buffer), Is.EqualTo(Utf8.GetBytes(text)), "a lone surrogate is encoded differently from UTF8Encoding");
    }

    [Test]
    public void AnotherBufferIsAppendedWholeBetweenWhatWasWrittenBeforeAndAfter()
    {
        var inner = new Utf8TextBuffer().Append(new string('i', 100_000)).Append("\u00e9");
        var outer = new Utf8TextBuffer().Append("before\n").Append(inner).Append("after\n");
        var expected = "before\n" + new string('i', 100_000) + "\u00e9after\n";
        Assert.Multiple(() =>
        {
            Assert.That(Utf8.GetString(BytesOf(outer)), Is.EqualTo(expected), "the appended buffer's text is not in place");
            Assert.That(outer.Length, Is.EqualTo(Utf8.GetByteCount(expected)), "Length does not count the appended bytes");
        });
    }

    [Test]
    public void CharactersAndSpacesAreAppendedInOrder()
    {
        var buffer = new Utf8TextBuffer().Append('a').Spaces(3).Append('\u00e9').Append("b");
        Assert.That(Utf8.GetString(BytesOf(buffer)), Is.EqualTo("a   \u00e9b"));
    }
}
