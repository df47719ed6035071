using System.Globalization;
using Newtonsoft.Json;

namespace Infra.Plans;

/// <summary>
/// Writes a preview as JSON for other tools: the same content as the text preview, keys sorted, sensitive values
/// masked exactly as in the other formats.
/// </summary>
public static class JsonPreviewRenderer
{
    /// <summary>
    /// The whole preview, indented, LF line endings, one trailing newline. Unchanged resources are counted under
    /// <c>unchanged</c>; their addresses are listed only with <paramref name="showUnchanged"/>.
    /// </summary>
    public static string Render(ChangeSet changes, string stack, bool showUnchanged = false)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            json.WriteStartObject();
            json.WritePropertyName("applyable");
            WriteNullable(json, changes.Applyable);
            json.WritePropertyName("banners");
            json.WriteStartArray();
            foreach (var (_, banner) in PreviewLines.Banners(changes))
            {
                json.WriteValue(banner);
            }

            json.WriteEndArray();
            json.WritePropertyName("changes");
            json.WriteStartArray();
            foreach (var change in PreviewLines.Listed(changes))
            {
                WriteChange(json, change);
            }

            json.WriteEndArray();
            json.WritePropertyName("complete");
            WriteNullable(json, changes.Complete);
            json.WritePropertyName("drift");
            json.WriteValue(changes.DriftCount);
            json.WritePropertyName("errored");
            json.WriteValue(changes.Errored);
            json.WritePropertyName("outputs");
            json.WriteStartArray();
            foreach (var output in changes.OutputChanges)
            {
                WriteAttribute(json, output);
            }

            json.WriteEndArray();
            json.WritePropertyName("protection_changes");
            json.WriteStartArray();
            foreach (var protection in changes.ProtectionChanges)
            {
                json.WriteStartObject();
                json.WritePropertyName("address");
                json.WriteValue(protection.Address);
                json.WritePropertyName("change");
                json.WriteValue(protection.Description);
                json.WritePropertyName("weakened");
                json.WriteValue(protection.Weakened);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("source");
            json.WriteValue(changes.Source);
            json.WritePropertyName("stack");
            json.WriteValue(stack);
            json.WritePropertyName("summary");
            json.WriteStartObject();
            foreach (var (label, count) in changes.Summary.Entries.OrderBy(e => e.Label, StringComparer.Ordinal))
            {
                json.WritePropertyName(label);
                json.WriteValue(count);
            }

            json.WriteEndObject();
            json.WritePropertyName("unchanged");
            json.WriteStartObject();
            json.WritePropertyName("count");
            json.WriteValue(changes.Summary.NoOp);
            if (showUnchanged)
            {
                json.WritePropertyName("addresses");
                json.WriteStartArray();
                foreach (var address in PreviewLines.Unchanged(changes))
                {
                    json.WriteValue(address);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return text.ToString() + "\n";
    }

    private static void WriteChange(JsonTextWriter json, PlannedChange change)
    {
        json.WriteStartObject();
        json.WritePropertyName("actions");
        json.WriteStartArray();
        foreach (var action in change.Actions)
        {
            json.WriteValue(action);
        }

        json.WriteEndArray();
        json.WritePropertyName("address");
        json.WriteValue(change.Address);
        json.WritePropertyName("attributes");
        json.WriteStartArray();
        foreach (var attribute in change.Attributes)
        {
            WriteAttribute(json, attribute);
        }

        json.WriteEndArray();
        WriteOptional(json, "deposed", change.Deposed);
        json.WritePropertyName("group");
        json.WriteValue(change.Group);
        json.WritePropertyName("importing");
        json.WriteValue(change.Importing);
        json.WritePropertyName("kind");
        json.WriteValue(PreviewLines.Word(change.Kind));
        WriteOptional(json, "previous_address", change.PreviousAddress);
        json.WritePropertyName("protected");
        json.WriteValue(change.Protected);
        WriteOptional(json, "reason", change.Reason);
        json.WritePropertyName("type");
        json.WriteValue(change.Type);
        json.WriteEndObject();
    }

    private static void WriteAttribute(JsonTextWriter json, AttributeChange attribute)
    {
        json.WriteStartObject();
        json.WritePropertyName("after");
        WriteValue(json, attribute.After);
        json.WritePropertyName("before");
        WriteValue(json, attribute.Before);

        // What changed inside a policy document or a long value, as the other formats show it.
        var lines = PreviewLines.AttributeLines(attribute);
        if (lines.Count > 1)
        {
            json.WritePropertyName("diff");
            json.WriteStartArray();
            foreach (var line in lines.Skip(1))
            {
                json.WriteValue(line);
            }

            json.WriteEndArray();
        }

        json.WritePropertyName("forces_replacement");
        json.WriteValue(attribute.ForcesReplacement);
        json.WritePropertyName("path");
        json.WriteValue(attribute.Path);
        json.WriteEndObject();
    }

    // Values are written as their display text, so a sensitive one is the same mask here as in a comment.
    private static void WriteValue(JsonTextWriter json, AttributeValue value)
    {
        if (value.State == ValueState.Absent)
        {
            json.WriteNull();
        }
        else
        {
            json.WriteValue(value.Display);
        }
    }

    private static void WriteNullable(JsonTextWriter json, bool? value)
    {
        if (value is { } v)
        {
            json.WriteValue(v);
        }
        else
        {
            json.WriteNull();
        }
    }

    private static void WriteOptional(JsonTextWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
    }
}
