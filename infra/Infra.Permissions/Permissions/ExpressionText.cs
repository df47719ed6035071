using System.Globalization;
using Infra.Model;

namespace Infra.Permissions;

/// <summary>
/// The text an expression of the graph stands for when IAM evaluates it: a reference is its value through
/// <see cref="IResourceArns"/>, a template its parts joined. Requirement arguments and rendered policies read
/// expressions the same way; they differ only in what an expression of another kind (a function call, a secret) means.
/// </summary>
public static class ExpressionText
{
    /// <summary>The text of <paramref name="expression"/>; <paramref name="other"/> gives it for any expression that is neither a reference nor a template.</summary>
    public static string Of(Expression expression, IResourceArns arns, Func<Expression, string> other) => expression switch
    {
        AttributeReference reference => arns.Value(reference),
        Template template => string.Concat(template.Parts.Select(part => part switch
        {
            string text => text,
            Expression inner => Of(inner, arns, other),
            _ => Convert.ToString(part, CultureInfo.InvariantCulture) ?? string.Empty,
        })),
        _ => other(expression),
    };
}
