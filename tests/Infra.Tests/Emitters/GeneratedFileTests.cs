using System.Text;
using Infra.Emitters;
using Infra.Model;

namespace Infra.Tests.Emitters;

public class GeneratedFileTests
{
    private static readonly GeneratedFile File = new(new RepositoryPath("a/b.txt"), "h\u00e9llo\n" + new string('x', 200_000) + "\n");

    private static MemoryStream StreamOf(string text) => new(new UTF8Encoding(false).GetBytes(text));

    [Test]
    public void TheSameBytesCompareEqual()
    {
        Assert.That(File.SameBytesAs(StreamOf(File.Content)), Is.True, "identical content is reported as different");
    }

    [TestCase("")]
    [TestCase("h\u00e9llo\n")]
    public void AShorterFileIsDifferent(string text)
    {
        Assert.That(File.SameBytesAs(StreamOf(text)), Is.False, "a truncated file is reported as up to date");
    }

    [Test]
    public void ALongerFileIsDifferent()
    {
        Assert.That(File.SameBytesAs(StreamOf(File.Content + "\n")), Is.False, "a file with extra bytes at the end is reported as up to date");
    }

    [Test]
    public void OneChangedByteLateInTheFileIsDifferent()
    {
        var changed = File.Content[..^2] + "y\n";
        Assert.That(File.SameBytesAs(StreamOf(changed)), Is.False, "a change past the first chunk is not seen");
    }

    [Test]
    public void AByteOrderMarkIsDifferent()
    {
        using var withBom = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(File.Content)]);
        Assert.That(File.SameBytesAs(withBom), Is.False, "a byte order mark in the committed file is not drift");
    }
}
