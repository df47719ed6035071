using Infra.Model;

namespace Infra.Emitters;

/// <summary>
/// Finds the secret config values a root reads, which each emitter declares (Terraform variables, Pulumi secret
/// config): the emitters collect them from the property values they write, so that no resource is read twice.
/// </summary>
internal static class SecretVariables
{
    /// <summary>Adds every secret variable <paramref name="value"/> reads to <paramref name="found"/>, once each, in first-use order.</summary>
    public static void Collect(PropertyValue value, List<SecretVariable> found) =>
        PropertyValueWalker.Visit(value, node =>
        {
            if (node is ExpressionValue e)
            {
                Collect(e.Expression, found);
            }
        });

    /// <summary>Adds every secret variable <paramref name="expression"/> reads to <paramref name="found"/>.</summary>
    public static void Collect(Expression expression, List<SecretVariable> found)
    {
        switch (expression)
        {
            case SecretVariable secret when !found.Contains(secret):
                found.Add(secret);
                break;
            case Template t:
                for (var i = 0; i < t.Parts.Count; i++)
                {
                    if (t.Parts[i] is Expression inner)
                    {
                        Collect(inner, found);
                    }
                }

                break;
        }
    }
}
