using Infra.Rules;

namespace Infra.Tests.Rules;

public class EnvironmentReadScannerTests
{
    [TestCase("x = os.getenv(\"A\")", "a.py", false)]
    [TestCase("x = os.getenv('A', 'd')", "a.py", true)]
    [TestCase("x = os.environ[\"A\"]", "a.py", false)]
    [TestCase("x = os.environ.get(\"A\")", "a.py", false)]
    [TestCase("x = os.environ.get(\"A\", None)", "a.py", true)]
    [TestCase("const x = process.env.A;", "a.js", false)]
    [TestCase("const x = process.env[\"A\"] ?? 'd';", "a.ts", true)]
    [TestCase("const x = process.env.A || 'd';", "a.mjs", true)]
    [TestCase("var x = Environment.GetEnvironmentVariable(\"A\");", "A.cs", false)]
    [TestCase("var x = Environment.GetEnvironmentVariable(\"A\") ?? \"d\";", "A.cs", true)]
    public void FindsTheReadAndWhetherItHasADefault(string code, string file, bool hasDefault)
    {
        var read = EnvironmentReadScanner.ScanText("\n" + code, file).Single();

        Assert.That(read, Is.EqualTo(new EnvironmentRead("A", file, 2, hasDefault)));
    }
}
