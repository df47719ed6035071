using System.Text;

namespace Infra.Tests.Fuzz;

public class MutatorTests
{
    private const string Yaml = "config:\n  aws:region: eu-west-1\n  bbws:approvals: 3\n  bbws:deployBranches:\n    - main\n    - develop\n  bbws:protect: true\n";

    private static string Apply(MutationKind kind, int position, int variant = 0, bool json = false) =>
        Encoding.UTF8.GetString(Mutator.Bytes(new Mutation(kind, [position], variant), Encoding.UTF8.GetBytes(Yaml), json));

    [Test]
    public void TruncationCutsAtTheFractionOfTheFile()
    {
        Assert.That(Apply(MutationKind.Truncate, Mutation.Million / 2), Is.EqualTo(Yaml[..(Yaml.Length / 2)]));
    }

    [Test]
    public void Utf16WithAByteOrderMarkKeepsTheText()
    {
        var bytes = Mutator.Bytes(new Mutation(MutationKind.Utf16BeBom, [0], 0), Encoding.UTF8.GetBytes(Yaml), json: false);

        Assert.Multiple(() =>
        {
            Assert.That(bytes[..2], Is.EqualTo(new byte[] { 0xFE, 0xFF }), "big endian byte order mark first");
            Assert.That(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Is.EqualTo(Yaml), "the text itself is unchanged");
        });
    }

    [Test]
    public void ATypeChangeReplacesOnlyOneValue()
    {
        var mutated = Apply(MutationKind.TypeChange, 0, variant: 0);

        Assert.That(mutated, Is.EqualTo(Yaml.Replace("aws:region: eu-west-1", "aws:region: [a, 1]", StringComparison.Ordinal)));
    }

    [Test]
    public void DeletingAYamlKeyRemovesItsBlock()
    {
        var at = (int)(3L * Mutation.Million / 5) + 1; // the fourth of the five key lines: bbws:deployBranches
        Assert.That(Apply(MutationKind.DeleteKey, at), Is.EqualTo("config:\n  aws:region: eu-west-1\n  bbws:approvals: 3\n  bbws:protect: true\n"));
    }

    [Test]
    public void AHugeListHasTheDocumentedLength()
    {
        var mutated = Apply(MutationKind.HugeList, 0, variant: 1);

        Assert.That(mutated.Split('\n')[1].Split(',').Length, Is.EqualTo(Mutator.HugeListLength), "a list of 100,000 items");
    }

    [Test]
    public void AJsonDuplicateKeyStaysValidJsonSyntax()
    {
        var json = "{\n  \"a\": 1,\n  \"b\": \"x\"\n}";
        var mutated = Encoding.UTF8.GetString(Mutator.Bytes(new Mutation(MutationKind.DuplicateKey, [Mutation.Million - 1], 0), Encoding.UTF8.GetBytes(json), json: true));

        Assert.That(mutated, Is.EqualTo("{\n  \"a\": 1,\n  \"b\": \"x\",\n  \"b\": \"x\"\n}"));
    }
}
