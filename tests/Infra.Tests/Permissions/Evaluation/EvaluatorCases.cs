using Infra.Permissions;

namespace Infra.Tests.Permissions;

/// <summary>The role, resources and request builders the policy evaluator's tests share.</summary>
internal static class EvaluatorCases
{
    internal const string Account = "536580886816";
    internal const string Role = "arn:aws:iam::536580886816:role/2-1-bbws-github-deploy-dev";
    internal const string Function = "arn:aws:lambda:eu-west-1:536580886816:function:2-1-bbws-product-api-dev";
    internal const string Bucket = "arn:aws:s3:::2-1-bbws-tfstate-dev";
    internal const string Key = "arn:aws:kms:eu-west-1:536580886816:key/${aws_kms_key.state_key_key.key_id}";

    internal static IamPolicyDocument Policy(string statements, string name = "identity") =>
        IamPolicyDocument.Parse($$"""{"Version": "2012-10-17", "Statement": [{{statements}}]}""", name);

    internal static IamRequest Request(string action, string resource, params (string Key, string[] Values)[] context) =>
        new(action, resource, Role, Account, context.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Values, StringComparer.OrdinalIgnoreCase));

    internal static IamDecision Decide(string identityStatements, IamRequest request) =>
        new PolicyEvaluator([Policy(identityStatements)]).Evaluate(request);
}
