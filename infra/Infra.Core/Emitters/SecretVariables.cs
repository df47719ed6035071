using Infra.Model;

namespace Infra.Emitters;

/// <summary>
/// Finds the secret config values a root reads, which each emitter declares (Terraform variables, Pulumi secret
/// config): the emitters collect them from the property values they write, so that no resource is read twice.
/// </summary>
internal static class SecretVariables
{
    // A plain recursive walk with indexed loops (an interface's foreach would allocate an enumerator per list): it
    // visits every value of every resource.
    /// <summary>Adds every secret variable <paramref name="value"/> reads to <paramref name="found"/>, once each, in first-use order.</summary>
    public static void Collect(PropertyValue value, List<SecretVariable> found)
    {
        switch (value)
        {
            case ExpressionValue e:
                Collect(e.Expression, found);
                break;
            case ListValue l:
                for (var i = 0; i < l.Items.Count; i++)
                {
                    Collect(l.Items[i], found);
                }

                break;
            case MapValue m:
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    Collect(m.Entries[i].Value, found);
                }

                break;
            case ObjectValue o:
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    Collect(o.Properties[i].Value, found);
                }

                break;
            case JsonDocumentValue j:
                Collect(j.Document, found);
                break;
        }
    }

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
