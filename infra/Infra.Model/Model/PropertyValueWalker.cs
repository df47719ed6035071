namespace Infra.Model;

/// <summary>
/// Visits every node of a property value (lists, maps, objects and the inside of JSON documents, before their
/// children) with indexed loops: readers that look at every value of every resource allocate nothing per node.
/// </summary>
public static class PropertyValueWalker
{
    /// <summary>Calls <paramref name="visit"/> on <paramref name="value"/> and on each value inside it.</summary>
    public static void Visit(PropertyValue value, Action<PropertyValue> visit)
    {
        visit(value);
        switch (value)
        {
            case ListValue l:
                for (var i = 0; i < l.Items.Count; i++)
                {
                    Visit(l.Items[i], visit);
                }

                break;
            case MapValue m:
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    Visit(m.Entries[i].Value, visit);
                }

                break;
            case ObjectValue o:
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    Visit(o.Properties[i].Value, visit);
                }

                break;
            case JsonDocumentValue j:
                Visit(j.Document, visit);
                break;
        }
    }
}
