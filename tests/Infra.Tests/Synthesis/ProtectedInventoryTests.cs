using Infra.Synthesis;
using Infra.Tests.Testing;

namespace Infra.Tests.Synthesis;

public class ProtectedInventoryTests
{
    private static string Inventory(params string[] addresses) => "# a note\n\n" + string.Join("\n", addresses) + "\n";

    private static IReadOnlyList<string> Generated(SynthesisResult result) =>
        ProtectedInventory.Parse(result.Files.Single(f => f.Path == ProtectedInventory.Path).Content);

    [Test]
    public void ParseReadsOneAddressALineAndSkipsCommentsAndBlankLines()
    {
        Assert.That(ProtectedInventory.Parse(Inventory("aws_s3_bucket.b", "aws_dynamodb_table.orders_table")), Is.EqualTo(new[] { "aws_s3_bucket.b", "aws_dynamodb_table.orders_table" }));
    }

    [TestCase("orders_table")]
    [TestCase("aws_dynamodb_table.orders_table extra")]
    [TestCase("module.x.aws_s3_bucket.b")]
    public void ParseRefusesALineThatIsNotATerraformAddressNamingTheFileAndLine(string line)
    {
        var error = Assert.Throws<InfraException>(() => ProtectedInventory.Parse(Inventory("aws_s3_bucket.b", line)));

        Assert.That(error!.Message, Does.StartWith($"{ProtectedInventory.Path}:4: '{line}' is not a Terraform address").And.Contain("type.name"), "the message must name the file, the line and the expected form");
    }

    [Test]
    public void SynthAddsNewProtectedProdResourcesAndKeepsEveryListedOne()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Write(ProtectedInventory.Path.Value, Inventory("aws_s3_bucket.retired_bucket", "aws_dynamodb_table.orders_table"));

        var result = Synthesizer.Run(Testing.TestApp.Platform, repo.Root, "prod");
        var protectedNow = result.Stacks.Single().Main.CustomResources.Where(r => r.Options.Protect).Select(r => r.TerraformAddress).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(protectedNow, Has.Count.GreaterThan(1), "prod's main root has protected resources");
            Assert.That(Generated(result), Is.EqualTo(protectedNow.Append("aws_s3_bucket.retired_bucket").Order(StringComparer.Ordinal)),
                "synth must list every protected prod resource and keep a listed one the program no longer has, sorted, each once");
        });
    }

    [Test]
    public void SynthCheckReportsTheInventoryWhenAProtectedProdResourceIsMissingFromIt()
    {
        using var repo = TestRepository.CopyOfReal();
        var fresh = OutputWriter.Stale(repo.Root, Synthesizer.Run(Testing.TestApp.Platform, repo.Root, "prod"));
        repo.Replace(ProtectedInventory.Path.Value, "aws_dynamodb_table.orders_table\n", string.Empty);

        var stale = OutputWriter.Stale(repo.Root, Synthesizer.Run(Testing.TestApp.Platform, repo.Root, "prod"));

        Assert.Multiple(() =>
        {
            Assert.That(fresh, Has.None.StartWith(ProtectedInventory.Path.Value), "the committed inventory is up to date");
            Assert.That(stale, Does.Contain($"{ProtectedInventory.Path} (differs)"), "synth --check must fail while a protected prod resource is not listed");
        });
    }

    [Test]
    public void SynthOfAStackOtherThanProdLeavesTheInventoryAlone()
    {
        using var repo = TestRepository.CopyOfReal();

        var result = Synthesizer.Run(Testing.TestApp.Platform, repo.Root, "dev");

        Assert.That(result.Files.Select(f => f.Path), Has.None.EqualTo(ProtectedInventory.Path), "only a prod synth writes prod's inventory");
    }

    [Test]
    public void AMalformedInventoryStopsSynthBeforeAnythingIsWritten()
    {
        using var repo = TestRepository.CopyOfReal();
        repo.Write(ProtectedInventory.Path.Value, Inventory("aws_dynamodb_table orders_table"));

        var error = Assert.Throws<InfraException>(() => Synthesizer.Run(Testing.TestApp.Platform, repo.Root, "prod"));

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadInput), "a malformed inventory is bad input");
    }
}
