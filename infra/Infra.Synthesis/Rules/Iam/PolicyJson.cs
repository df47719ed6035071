using Infra.Model;
using Infra.Permissions;
using Infra.Resources.Aws;
using Newtonsoft.Json.Linq;

namespace Infra.Rules;

/// <summary>
/// A policy document of the graph as the JSON IAM will evaluate: references (a bucket's ARN, a key's ARN) become
/// their values through <see cref="IResourceArns"/>, with parts unknown until apply as tokens, so the evaluator
/// judges the policy the engine will write, not a copy of it.
/// </summary>
public static class PolicyJson
{
    /// <summary>The JSON text of <paramref name="document"/>.</summary>
    public static string Render(PolicyDocument document, IResourceArns arns) =>
        Render(document.ToPropertyValue(), arns).ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>
    /// One JSON document holding the statements of all of <paramref name="documents"/>: IAM evaluates a principal's
    /// identity policies together (an allow in any, a deny in any), so their statements' union means the same.
    /// </summary>
    public static string RenderUnion(IEnumerable<PolicyDocument> documents, IResourceArns arns) =>
        new JObject(
            new JProperty("Version", "2012-10-17"),
            new JProperty("Statement", new JArray(documents.SelectMany(d => ((JObject)Render(d.ToPropertyValue(), arns))["Statement"]!.Children()))))
            .ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>The JSON of any property value; a value that has no JSON form in a policy (a secret, a file hash) is refused.</summary>
    public static JToken Render(PropertyValue value, IResourceArns arns) => value switch
    {
        JsonDocumentValue j => Render(j.Document, arns),
        ObjectValue o => new JObject(o.Properties.Select(p => new JProperty(p.TerraformName, Render(p.Value, arns)))),
        MapValue m => new JObject(m.Entries.Select(e => new JProperty(e.Key, Render(e.Value, arns)))),
        ListValue l => new JArray(l.Items.Select(i => Render(i, arns))),
        ScalarValue s => new JValue(s.Value),
        ExpressionValue e => new JValue(Text(e.Expression, arns)),
        _ => throw new InvalidOperationException($"a policy holds a {value.GetType().Name}, which has no JSON form: policies hold text, lists and references."),
    };

    /// <summary>The text an expression stands for in a policy: a reference's value, a template's parts joined.</summary>
    public static string Text(Expression expression, IResourceArns arns) =>
        ExpressionText.Of(expression, arns, other => throw new InvalidOperationException($"a policy holds {other.GetType().Name}, which IAM cannot evaluate at synth: policies hold text and resource references."));
}
