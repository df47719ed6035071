using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Reads the JSON document of <c>pulumi preview --json</c> token by token, one step in memory at a time while it
/// is parsed. The <c>config</c> section is skipped (it may hold secrets); unknown fields are ignored; an unknown
/// step operation is refused.
/// </summary>
public static class PulumiPreviewReader
{
    /// <summary>Reads a preview file; <see cref="InfraException"/> (exit 2) when it cannot be used.</summary>
    public static PulumiPreview Read(string path)
    {
        using var reader = PlanJson.Open(path);
        try
        {
            return ReadDocument(reader, path);
        }
        catch (JsonException e)
        {
            throw PlanErrors.InvalidJson(path, e.Message);
        }
    }

    private static PulumiPreview ReadDocument(JsonTextReader reader, string file)
    {
        if (!reader.Read())
        {
            throw PlanErrors.Empty(file);
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw PlanErrors.NotAPlan(file, $"it starts with {reader.TokenType}, not an object");
        }

        var steps = new List<PulumiStep>();
        var errors = new List<string>();
        var sawSteps = false;
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            switch (name)
            {
                case "steps" when reader.TokenType == JsonToken.StartArray:
                    sawSteps = true;
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        steps.Add(ParseStep(PlanJson.LoadValue(reader) as JObject ?? throw PlanErrors.WrongType(file, $"steps[{steps.Count}]", "an object"), file, steps.Count));
                    }

                    break;
                case "diagnostics" when reader.TokenType == JsonToken.StartArray:
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        if (PlanJson.LoadValue(reader) is JObject d && PlanJson.String(d, "severity") == "error")
                        {
                            errors.Add(PlanJson.String(d, "message")?.Trim() ?? "(no message)");
                        }
                    }

                    break;
                case "changeSummary":
                    sawSteps = true;
                    reader.Skip();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (reader.TokenType != JsonToken.EndObject)
        {
            throw PlanErrors.InvalidJson(file, "the top-level object does not end");
        }

        if (reader.Read())
        {
            throw PlanErrors.InvalidJson(file, $"unexpected {reader.TokenType} after the preview object, line {reader.LineNumber}");
        }

        if (!sawSteps && errors.Count == 0)
        {
            throw PlanErrors.NotAPlan(file, "it has neither 'steps' nor 'changeSummary'");
        }

        foreach (var step in steps)
        {
            if (PulumiOps.Classify(step.Op) is null)
            {
                throw PlanErrors.UnknownActions(file, step.Urn, [step.Op], PulumiOps.Accepted);
            }
        }

        return new PulumiPreview(steps) { Errors = errors };
    }

    private static PulumiStep ParseStep(JObject o, string file, int index)
    {
        var op = PlanJson.String(o, "op") ?? throw PlanErrors.WrongType(file, $"steps[{index}].op", "a string");
        var urn = PlanJson.String(o, "urn") ?? throw PlanErrors.WrongType(file, $"steps[{index}].urn", "a string");
        return new PulumiStep(op, urn)
        {
            Provider = PlanJson.String(o, "provider"),
            OldState = o["oldState"] as JObject,
            NewState = o["newState"] as JObject,
            DiffReasons = Strings(o["diffReasons"]),
            ReplaceReasons = Strings(o["replaceReasons"]),
        };
    }

    private static IReadOnlyList<string> Strings(JToken? token) => token is JArray a ? a.Select(t => t.ToString()).ToList() : [];
}
