using System.Collections.Concurrent;
using Infra.Model;
using Infra.Resources.Aws;
using Infra.Tests.Components;
using Infra.Tests.Testing;

namespace Infra.Tests.Rules;

/// <summary>Shared inputs of the rule tests: the real platform stacks (compliant cases) and minimal resources (non-compliant cases).</summary>
internal static class RuleFixtures
{
    private static readonly ConcurrentDictionary<string, Stack> Platforms = new(StringComparer.Ordinal);

    /// <summary>The platform program's stack, built once per test run (rules only read it).</summary>
    public static Stack Platform(string stack = "dev") => Platforms.GetOrAdd(stack, StackHarness.Build);

    /// <summary>All three platform stacks.</summary>
    public static IReadOnlyList<Stack> PlatformStacks() => [Platform("dev"), Platform("sit"), Platform("prod")];

    /// <summary>The stack's customer-managed key in its main root.</summary>
    public static KmsKey Key(Stack stack, StackRoot? root = null) =>
        new("key", new KmsKeyArgs { Description = "test key" }, TestStacks.In(root ?? stack.Main));

    /// <summary>A bare Lambda function, changed by <paramref name="change"/>.</summary>
    public static LambdaFunction Function(Stack stack, Func<LambdaFunctionArgs, LambdaFunctionArgs>? change = null, string name = "fn")
    {
        var args = new LambdaFunctionArgs
        {
            FunctionName = "2-1-bbws-fn-dev",
            Role = "arn:aws:iam::536580886816:role/fn",
            Runtime = "python3.12",
            Handler = "handler.lambda_handler",
            Package = new FileValue(new RepositoryPath(".build/lambda/fn.zip"), FileKind.Archive),
            TracingConfig = new LambdaTracingConfig { Mode = "Active" },
        };
        return new LambdaFunction(name, change is null ? args : change(args), TestStacks.In(stack.Main));
    }

    /// <summary>An inline role policy holding <paramref name="statements"/>.</summary>
    public static IamRolePolicy Policy(Stack stack, params PolicyStatement[] statements) =>
        new("policy", new IamRolePolicyArgs { Name = "policy", Role = "role", Policy = new PolicyDocument(statements) }, TestStacks.In(stack.Main));
}
