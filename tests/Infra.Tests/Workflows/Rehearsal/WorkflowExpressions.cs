using System.Diagnostics;
using System.Text.Json.Nodes;
using Infra.Tests.Testing;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// GitHub's own expression evaluator, the npm package @actions/expressions (MIT), run through
/// tests/Infra.Tests/Workflows/Rehearsal/expressions.mjs. Installed under .ci by <c>npm ci --prefix .ci</c>.
/// </summary>
public static class WorkflowExpressions
{
    /// <summary>Set to 1 where the evaluator must be present (CI): then a missing one fails the test instead of skipping it.</summary>
    public const string RequireVariable = "INFRA_REQUIRE_EXPRESSIONS";

    private const string Script = "tests/Infra.Tests/Workflows/Rehearsal/expressions.mjs";
    private const string Tools = ".ci";
    private const string Package = ".ci/node_modules/@actions/expressions/package.json";
    private static readonly NodeTool Tool = new("the workflow expression evaluator", Package, RequireVariable);
    private static readonly Lock Gate = new();
    private static Process? server;

    /// <summary>Why it cannot run here (node or the package missing), or null when it can.</summary>
    public static string? Unavailable() => Tool.Unavailable();

    /// <summary>Ignores the calling test when it is unavailable, or fails it when <see cref="RequireVariable"/> is 1.</summary>
    public static void RequireOrIgnore() => Tool.RequireOrIgnore();

    /// <summary>
    /// Each item's value in order: a template's text, or "true"/"false" for a condition. An expression GitHub would
    /// reject throws, naming the expression and the evaluator's error.
    /// </summary>
    public static IReadOnlyList<string> Evaluate(IReadOnlyList<ExpressionItem> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var input = new JsonObject
        {
            ["items"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
            {
                ["kind"] = i.Kind,
                ["text"] = i.Text,
                ["context"] = i.Context.DeepClone(),
                ["status"] = i.Status,
            })]),
        };
        string answer;
        lock (Gate)
        {
            server ??= StartServer();
            server.StandardInput.WriteLine(input.ToJsonString());
            server.StandardInput.Flush();
            var line = server.StandardOutput.ReadLineAsync();
            if (!line.Wait(TimeSpan.FromMinutes(1)) || line.Result is null)
            {
                var failed = server;
                server = null;
                failed.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"the expression evaluator did not answer {items.Count} items: {failed.StandardError.ReadToEnd()}");
            }

            answer = line.Result;
        }

        var results = JsonNode.Parse(answer)?["results"]?.AsArray()
            ?? throw new InvalidOperationException($"the expression evaluator's answer has no results: {answer}");
        return [.. items.Zip(results).Select(p => p.Second?["error"] is { } error
            ? throw new InvalidOperationException($"expression '{p.First.Text}' does not evaluate: {error}")
            : p.Second?["value"]?.GetValue<string>() ?? string.Empty)];
    }

    // One node process answers every request of the test run, one line each: starting node per step would cost
    // a quarter second each.
    private static Process StartServer()
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        start.ArgumentList.Add(RepositoryFiles.PathOf(Script));
        start.ArgumentList.Add(RepositoryFiles.PathOf(Tools));
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.StandardInput.Close();
                process.WaitForExit(2000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        };
        return process;
    }
}
