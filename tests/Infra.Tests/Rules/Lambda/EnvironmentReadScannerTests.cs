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

    [TestCase("x = os.environ.get(\"A\", \"\")", "a.py")]
    [TestCase("x = os.getenv('A', '')", "a.py")]
    [TestCase("x = os.environ.get( 'A' , '' )", "a.py")]
    [TestCase("const x = process.env.A || \"\";", "a.js")]
    [TestCase("const x = process.env[\"A\"] ?? '';", "a.ts")]
    [TestCase("const x = process.env.A ?? ``;", "a.mjs")]
    [TestCase("var x = Environment.GetEnvironmentVariable(\"A\") ?? \"\";", "A.cs")]
    [TestCase("var x = Environment.GetEnvironmentVariable(\"A\") ?? string.Empty;", "A.cs")]
    public void TakesAnEmptyStringDefaultAsNoDefault(string code, string file)
    {
        var read = EnvironmentReadScanner.ScanText("\n" + code, file).Single();

        Assert.That(read, Is.EqualTo(new EnvironmentRead("A", file, 2, HasDefault: false, EmptyDefault: true)), "an empty default is no default: the code runs on with an empty value where the variable is unset");
    }

    [TestCase("x = os.getenv('A', ''.join(parts))", "a.py")]
    [TestCase("const x = process.env.A || \"\" + suffix;", "a.js")]
    [TestCase("var x = Environment.GetEnvironmentVariable(\"A\") ?? \"\" + suffix;", "A.cs")]
    public void TakesAnEmptyStringOnlyAsTheWholeDefault(string code, string file)
    {
        var read = EnvironmentReadScanner.ScanText("\n" + code, file).Single();

        Assert.That(read.EmptyDefault, Is.False, "an empty string that is only part of the fallback expression is not an empty default");
    }
}
