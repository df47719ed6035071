using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Plans;

/// <summary>
/// Reads <c>terraform show -json</c> output token by token: one resource change is in memory at a time while it is
/// parsed, and the large parts nobody needs (planned values, prior state, module configuration, variables) are
/// skipped, not loaded. Unknown fields are ignored; an unknown format major version or action list is refused.
/// </summary>
public static class TerraformPlanReader
{
    /// <summary>Reads a plan file; <see cref="InfraException"/> (exit 2) when it cannot be used.</summary>
    public static TerraformPlan Read(string path)
    {
        using var reader = PlanJson.Open(path);
        return Read(reader, path);
    }

    /// <summary>
    /// Reads a plan file, handing each resource change with its values to <paramref name="visit"/> and keeping it
    /// without them (before/after and their trees set to null), so a plan of any size needs memory for one resource's
    /// values at a time.
    /// </summary>
    public static TerraformPlan Read(string path, Action<ResourceChange> visit)
    {
        using var reader = PlanJson.Open(path);
        return Read(reader, path, visit);
    }

    /// <summary>Reads a plan from an open reader; <paramref name="file"/> names it in errors.</summary>
    public static TerraformPlan Read(JsonTextReader reader, string file, Action<ResourceChange>? visit = null)
    {
        try
        {
            return ReadDocument(reader, file, visit);
        }
        catch (JsonException e)
        {
            throw PlanErrors.InvalidJson(file, e.Message);
        }
    }

    /// <summary>Whether a format version is one this reader accepts (major 0 or 1).</summary>
    public static bool IsSupportedFormat(string version)
    {
        var major = version.Split('.')[0];
        return int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is 0 or 1;
    }

    private static TerraformPlan ReadDocument(JsonTextReader reader, string file, Action<ResourceChange>? visit)
    {
        if (!reader.Read())
        {
            throw PlanErrors.Empty(file);
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw PlanErrors.NotAPlan(file, $"it starts with {reader.TokenType}, not an object");
        }

        string? formatVersion = null;
        string? terraformVersion = null;
        var changes = new List<ResourceChange>();
        var drift = new List<ResourceChange>();
        var outputs = new List<OutputChange>();
        var providers = new Dictionary<string, JObject>(StringComparer.Ordinal);
        bool errored = false;
        bool? applyable = null, complete = null;

        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            switch (name)
            {
                case "format_version":
                    formatVersion = ReadString(reader, file, name);
                    break;
                case "terraform_version":
                    terraformVersion = ReadString(reader, file, name);
                    break;
                case "resource_changes":
                    ReadArray(reader, file, name, o =>
                    {
                        var change = ParseResourceChange(o);
                        if (visit is not null)
                        {
                            visit(change);
                            change = change with { Before = null, After = null, AfterUnknown = null, BeforeSensitive = null, AfterSensitive = null };
                        }

                        changes.Add(change);
                    });
                    break;
                case "resource_drift":
                    ReadArray(reader, file, name, o => drift.Add(visit is null ? ParseResourceChange(o) : new ResourceChange(PlanJson.String(o, "address") ?? string.Empty, [])));
                    break;
                case "output_changes":
                    ReadOutputs(reader, file, outputs);
                    break;
                case "configuration":
                    ReadConfiguration(reader, file, providers);
                    break;
                case "errored":
                    errored = ReadBool(reader, file, name) ?? false;
                    break;
                case "applyable":
                    applyable = ReadBool(reader, file, name);
                    break;
                case "complete":
                    complete = ReadBool(reader, file, name);
                    break;
                default:
                    // variables, planned_values, prior_state, checks, timestamp and fields of later versions.
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
            throw PlanErrors.InvalidJson(file, $"unexpected {reader.TokenType} after the plan object, line {reader.LineNumber}");
        }

        if (formatVersion is null)
        {
            throw PlanErrors.NotAPlan(file, "it has no 'format_version'");
        }

        if (!IsSupportedFormat(formatVersion))
        {
            throw PlanErrors.UnsupportedFormat(file, formatVersion);
        }

        foreach (var change in changes)
        {
            if (PlanActions.Classify(change.Actions) is null)
            {
                throw PlanErrors.UnknownActions(file, change.Address, change.Actions, PlanActions.Accepted);
            }
        }

        outputs.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new TerraformPlan(formatVersion)
        {
            TerraformVersion = terraformVersion,
            ResourceChanges = changes,
            ResourceDrift = drift,
            OutputChanges = outputs,
            Errored = errored,
            Applyable = applyable,
            Complete = complete,
            ProviderConfigs = providers,
        };
    }

    private static ResourceChange ParseResourceChange(JObject o)
    {
        var change = o["change"] as JObject ?? [];
        return new ResourceChange(PlanJson.String(o, "address") ?? string.Empty, Actions(change))
        {
            ModuleAddress = PlanJson.String(o, "module_address"),
            Mode = PlanJson.String(o, "mode"),
            Type = PlanJson.String(o, "type") ?? string.Empty,
            Name = PlanJson.String(o, "name") ?? string.Empty,
            Index = o["index"],
            ProviderName = PlanJson.String(o, "provider_name"),
            ActionReason = PlanJson.String(o, "action_reason"),
            PreviousAddress = PlanJson.String(o, "previous_address"),
            Deposed = PlanJson.String(o, "deposed"),
            ReplacePaths = change["replace_paths"],
            Importing = change["importing"] is { Type: not JTokenType.Null } importing ? importing : null,
            Before = change["before"],
            After = change["after"],
            AfterUnknown = change["after_unknown"],
            BeforeSensitive = change["before_sensitive"],
            AfterSensitive = change["after_sensitive"],
        };
    }

    private static IReadOnlyList<string> Actions(JObject change) =>
        change["actions"] is JArray actions ? actions.Select(a => a.ToString()).ToList() : [];

    private static void ReadOutputs(JsonTextReader reader, string file, List<OutputChange> outputs)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw PlanErrors.WrongType(file, "output_changes", "an object");
        }

        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            var change = PlanJson.LoadValue(reader) as JObject ?? throw PlanErrors.WrongType(file, $"output_changes.{name}", "an object");
            outputs.Add(new OutputChange(name, Actions(change))
            {
                Before = change["before"],
                After = change["after"],
                AfterUnknown = change["after_unknown"],
                BeforeSensitive = change["before_sensitive"],
                AfterSensitive = change["after_sensitive"],
            });
        }
    }

    private static void ReadConfiguration(JsonTextReader reader, string file, Dictionary<string, JObject> providers)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return;
        }

        if (reader.TokenType != JsonToken.StartObject)
        {
            throw PlanErrors.WrongType(file, "configuration", "an object");
        }

        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (name != "provider_config" || reader.TokenType != JsonToken.StartObject)
            {
                // root_module holds every resource's expressions: the biggest part of a plan, and not needed here.
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var key = (string)reader.Value!;
                reader.Read();
                if (PlanJson.LoadValue(reader) is JObject provider)
                {
                    providers[key] = provider;
                }
            }
        }
    }

    private static void ReadArray(JsonTextReader reader, string file, string name, Action<JObject> add)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return;
        }

        if (reader.TokenType != JsonToken.StartArray)
        {
            throw PlanErrors.WrongType(file, name, "a list");
        }

        var i = 0;
        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
        {
            add(PlanJson.LoadValue(reader) as JObject ?? throw PlanErrors.WrongType(file, $"{name}[{i}]", "an object"));
            i++;
        }
    }

    private static string ReadString(JsonTextReader reader, string file, string name) =>
        reader.TokenType == JsonToken.String ? (string)reader.Value! : throw PlanErrors.WrongType(file, name, "a string");

    private static bool? ReadBool(JsonTextReader reader, string file, string name) => reader.TokenType switch
    {
        JsonToken.Boolean => (bool)reader.Value!,
        JsonToken.Null => null,
        _ => throw PlanErrors.WrongType(file, name, "true or false"),
    };
}
