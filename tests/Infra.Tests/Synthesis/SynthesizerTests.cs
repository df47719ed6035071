using System.Globalization;
using Infra.Synthesis;
using Infra.Tests.Testing;

namespace Infra.Tests.Synthesis;

public class SynthesizerTests
{
    private static Dictionary<string, string> Synthesize(string root) =>
        Synthesizer.Run(Testing.TestApp.Platform, root).Files.ToDictionary(f => f.Path.Value, f => f.Content);

    [Test]
    public void SameInputGivesTheSameBytesTwice()
    {
        var first = Synthesize(RepositoryFiles.Root);
        var second = Synthesize(RepositoryFiles.Root);

        Assert.That(second, Is.EqualTo(first), "two synths of the same input must be identical");
    }

    [TestCase("tr-TR")]
    [TestCase("de-DE")]
    public void OutputDoesNotDependOnTheCulture(string culture)
    {
        var invariant = Synthesize(RepositoryFiles.Root);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.That(Synthesize(RepositoryFiles.Root), Is.EqualTo(invariant), $"synth under {culture} must write the same bytes");
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Test]
    public void OutputDoesNotDependOnTheCheckoutPath()
    {
        using var elsewhere = TestRepository.CopyOfReal("another checkout path");

        Assert.That(Synthesize(elsewhere.Root), Is.EqualTo(Synthesize(RepositoryFiles.Root)), "a checkout in another folder must synthesize the same bytes");
    }

    [Test]
    public void EveryFileEndsWithOneNewlineAndHasNoCarriageReturn()
    {
        foreach (var (path, content) in Synthesize(RepositoryFiles.Root))
        {
            Assert.That(content, Does.EndWith("\n").And.Not.EndWith("\n\n").And.Not.Contain("\r"), $"{path}: LF line ends and one trailing newline");
        }
    }

    [Test]
    public void CommittedOutputMatchesAFreshSynth()
    {
        var stale = OutputWriter.Stale(RepositoryFiles.Root, Synthesizer.Run(Testing.TestApp.Platform, RepositoryFiles.Root));

        Assert.That(stale, Is.Empty, "run 'dotnet run --project infra/Infra.Cli -- synth' and commit: " + string.Join(", ", stale));
    }
}
