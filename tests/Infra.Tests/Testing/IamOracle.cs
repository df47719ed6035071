using System.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Tests.Testing;

/// <summary>
/// An independent IAM evaluator to compare <c>Infra.Permissions.PolicyEvaluator</c> against: the npm package
/// @cloud-copilot/iam-simulate, driven by tests/Infra.Tests/Permissions/Evaluation/oracle/iam-oracle.mjs. The package
/// is AGPL-3.0, so it is a test oracle only: installed under .ci by <c>npm ci --prefix .ci</c>, run as a separate
/// process, never referenced by the product.
/// </summary>
public static class IamOracle
{
    /// <summary>Set to 1 where the oracle must be present (CI): then a missing oracle fails the test instead of skipping it.</summary>
    public const string RequireVariable = "INFRA_REQUIRE_IAM_ORACLE";

    private const string Script = "tests/Infra.Tests/Permissions/Evaluation/oracle/iam-oracle.mjs";
    private const string Tools = ".ci";
    private const string Package = ".ci/node_modules/@cloud-copilot/iam-simulate/package.json";
    private static readonly NodeTool Tool = new("the IAM oracle", Package, RequireVariable);

    /// <summary>Why it cannot run here (node or the package missing), or null when it can.</summary>
    public static string? Unavailable() => Tool.Unavailable();

    /// <summary>Ignores the calling test when it is unavailable, or fails it when <see cref="RequireVariable"/> is 1.</summary>
    public static void RequireOrIgnore() => Tool.RequireOrIgnore();

    /// <summary>
    /// The oracle's decision on each case, in order: <c>Allowed</c>, <c>ImplicitDeny</c> or <c>ExplicitDeny</c> (the names
    /// of <c>IamDecisionKind</c>), or <c>Error: ...</c> when the oracle rejected the case (an unknown action, a resource
    /// the action does not take).
    /// </summary>
    public static IReadOnlyList<string> Decisions(IEnumerable<OracleCase> cases)
    {
        var list = cases.ToList();
        var input = new JObject { ["cases"] = new JArray(list.Select(ToJson)) };
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

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(input.ToString(Formatting.None));
        node.StandardInput.Close();
        if (!node.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            node.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"the IAM oracle did not answer {list.Count} cases within 5 minutes");
        }

        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"the IAM oracle failed (exit {node.ExitCode}): {errors.Result}");
        }

        var decisions = JObject.Parse(output.Result)["decisions"]?.Values<string>().Select(d => d ?? "Error: null").ToList()
            ?? throw new InvalidOperationException($"the IAM oracle's answer has no decisions: {output.Result}");
        if (decisions.Count != list.Count)
        {
            throw new InvalidOperationException($"the IAM oracle answered {decisions.Count} of {list.Count} cases");
        }

        return decisions;
    }

    /// <summary>A case as the oracle script reads it (also used to show a disagreeing case in a message).</summary>
    public static JObject ToJson(OracleCase c) => new()
    {
        ["identityPolicies"] = new JArray(c.IdentityPolicies.Select(JObject.Parse)),
        ["permissionsBoundary"] = c.PermissionsBoundary is null ? null : JObject.Parse(c.PermissionsBoundary),
        ["resourcePolicy"] = c.ResourcePolicy is null ? null : JObject.Parse(c.ResourcePolicy),
        ["request"] = new JObject
        {
            ["action"] = c.Request.Action,
            ["resource"] = c.Request.Resource,
            ["resourceAccount"] = c.Request.ResourceAccount ?? c.Request.PrincipalAccount,
            ["principal"] = c.Request.PrincipalArn,
            ["principalAccount"] = c.Request.PrincipalAccount,
            ["context"] = new JObject(c.Request.Context
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new JProperty(p.Key, new JArray(p.Value)))),
        },
    };
}
