using Infra.Model;

namespace Infra.Emitters;

/// <summary>The secret config values a root reads: each emitter declares them (Terraform variables, Pulumi secret config).</summary>
internal static class SecretVariables
{
    /// <summary>Every secret variable read by the root's resources, providers (the GitHub App's key) and outputs, once each, in first-use order.</summary>
    public static IReadOnlyList<SecretVariable> Of(StackRoot root)
    {
        var found = new List<SecretVariable>();
        foreach (var resource in root.CustomResources)
        {
            Collect(resource.Properties, found);
        }

        foreach (var provider in root.Providers)
        {
            Collect(provider.Properties, found);
        }

        foreach (var output in root.Outputs.Values)
        {
            Collect(output.Expression, found);
        }

        return found;
    }

    // A plain recursive walk with indexed loops (an interface's foreach would allocate an enumerator per list): it
    // visits every value of every resource.
    private static void Collect(PropertyValue value, List<SecretVariable> found)
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

    private static void Collect(Expression expression, List<SecretVariable> found)
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
