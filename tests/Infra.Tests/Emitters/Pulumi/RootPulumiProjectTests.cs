using System.Diagnostics;
using System.Text;
using Infra.Tests.Testing;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Emitters.Pulumi;

/// <summary>
/// The repository root's <c>Pulumi.yaml</c> shares the project name <c>bbws</c> and the stack files with the
/// generated main programs, so <c>pulumi up -s &lt;stack&gt;</c> typed at the root targets a real stack. It holds no
/// program: its YAML runtime's compiler fails, naming the command to run, before Pulumi runs any program.
/// </summary>
public class RootPulumiProjectTests
{
    private static JObject Root => (JObject)ProjectSchemaValidator.FromYaml(File.ReadAllText(RepositoryFiles.PathOf("Pulumi.yaml")));

    private static IEnumerable<string> Stacks => ((JArray)Root["config"]!["bbws:stacks"]!["default"]!).Select(s => s.Value<string>()!);

    [Test]
    public void TheRootProjectIsTheBbwsYamlProjectTheGeneratedMainProgramsAre()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Root["name"]?.Value<string>(), Is.EqualTo("bbws"), "the bbws: keys are declared in the project's own namespace: another name makes Pulumi refuse their types and defaults");
            Assert.That(Root["runtime"]?["name"]?.Value<string>(), Is.EqualTo("yaml"), "the root runs Pulumi's YAML runtime, whose compiler option is what stops it");
        });
    }

    [Test]
    public void TheRootProjectDeclaresNoProgram()
    {
        var sections = new[] { "resources", "variables", "outputs", "components" }.Where(s => Root[s] is not null);
        var programs = new[] { "Main.yaml", "Main.json" }.Where(f => File.Exists(RepositoryFiles.PathOf(f)));

        Assert.Multiple(() =>
        {
            Assert.That(sections, Is.Empty, "the root's Pulumi.yaml must declare no resources, variables or outputs: the programs are generated under stacks/<stack>/");
            Assert.That(programs, Is.Empty, "a Main.yaml or Main.json at the root would be a YAML program for the real stacks");
            Assert.That(Root["main"], Is.Null, "'main' would point the root project at some program folder");
        });
    }

    [TestCaseSource(nameof(Stacks))]
    public void TheRootProjectsCompilerFailsNamingTheFolderAndCommandOfTheStack(string stack)
    {
        var (exit, stdout, stderr) = RunCompiler(stack);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero, "the compiler must fail, so that Pulumi stops before it runs any program against the stack");
            Assert.That(stdout, Is.Empty, "whatever the compiler writes to standard output would be read as a YAML program");
            Assert.That(stderr, Does.Contain($"cd stacks/{stack}/pulumi && pulumi up -s {stack}"), "Pulumi shows the compiler's standard error: it must name what to run instead");
        });
    }

    [Test]
    public void WithoutAStackInTheEnvironmentTheCompilerNamesTheCommandWithAPlaceholder()
    {
        var (exit, _, stderr) = RunCompiler(null);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Not.Zero, "the compiler must fail whatever the environment");
            Assert.That(stderr, Does.Contain("cd stacks/<stack>/pulumi && pulumi up -s <stack>"), "when Pulumi asks for the program's packages it passes no PULUMI_STACK: the message still names the command");
        });
    }

    [TestCaseSource(nameof(Stacks))]
    public void TheFolderTheMessageNamesHoldsTheStacksBbwsProgram(string stack)
    {
        var project = (JObject)ProjectSchemaValidator.FromYaml(File.ReadAllText(RepositoryFiles.PathOf($"stacks/{stack}/pulumi/Pulumi.yaml")));

        Assert.Multiple(() =>
        {
            Assert.That(project["name"]?.Value<string>(), Is.EqualTo("bbws"), $"stacks/{stack}/pulumi is where the root's message sends a Pulumi user: it must be the same project");
            Assert.That(File.Exists(RepositoryFiles.PathOf($"stacks/{stack}/pulumi/Main.yaml")), Is.True, $"stacks/{stack}/pulumi must hold the program");
        });
    }

    [Test]
    public void TheArgumentSplitterRefusesWhatItDoesNotTranscribe()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SplitArguments("sh -c \"a\\\"b\""), Throws.InvalidOperationException, "backslash escapes follow rules the splitter does not transcribe");
            Assert.That(() => SplitArguments("sh # comment"), Throws.InvalidOperationException, "an unquoted # starts a comment in the language host's splitter");
            Assert.That(() => SplitArguments("sh -c 'open"), Throws.InvalidOperationException, "an unclosed quote is an error in the language host's splitter");
            Assert.That(SplitArguments("sh  -c 'echo \"a b\"; exit 1'"), Is.EqualTo(new[] { "sh", "-c", "echo \"a b\"; exit 1" }), "quoted text is one argument, quotes removed");
        });
    }

    // Runs the compiler as Pulumi's YAML language host does (pulumi/pulumi-yaml pkg/pulumiyaml/run.go,
    // LoadFromCompiler): the option split into arguments, no shell around it, in the project folder, with PULUMI_STACK
    // set when a program runs (and not when the host only asks which packages the program needs).
    private static (int Exit, string Stdout, string Stderr) RunCompiler(string? stack)
    {
        var arguments = SplitArguments(Root["runtime"]!["options"]!["compiler"]!.Value<string>()!);
        var start = new ProcessStartInfo(arguments[0])
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("PULUMI_STACK");
        if (stack is not null)
        {
            start.Environment["PULUMI_STACK"] = stack;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }

    // The part of google/shlex's Split (used by the language host) a plain command needs: words separated by
    // whitespace, single- and double-quoted text kept whole. Escapes and comments are refused, not guessed.
    private static List<string> SplitArguments(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in text)
        {
            if (c == '\\')
            {
                throw new InvalidOperationException("the compiler option uses a backslash: its escape rules are not transcribed here");
            }

            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#')
            {
                throw new InvalidOperationException("the compiler option has an unquoted '#', which can start a comment for the language host");
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (quote is not null)
        {
            throw new InvalidOperationException("the compiler option has an unclosed quote");
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
