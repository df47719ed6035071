using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Deploy.Engines;

/// <summary>Reads the stack outputs an engine printed as JSON; anything else is an external failure, not a crash.</summary>
internal static class EngineOutputs
{
    /// <summary>
    /// The outputs by name. <paramref name="wrapped"/>: each output is Terraform's <c>{"value": ..., "type": ...}</c>
    /// rather than the bare value Pulumi prints.
    /// </summary>
    public static IReadOnlyDictionary<string, JToken?> Parse(string json, string command, string workingDirectory, bool wrapped)
    {
        JToken parsed;
        try
        {
            parsed = DeployJson.Parse(json);
        }
        catch (JsonException e)
        {
            throw Malformed(command, workingDirectory, $"it is not JSON ({e.Message})");
        }

        if (parsed is not JObject outputs)
        {
            throw Malformed(command, workingDirectory, "it is not a JSON object of outputs");
        }

        var values = new Dictionary<string, JToken?>(StringComparer.Ordinal);
        foreach (var (name, output) in outputs)
        {
            if (wrapped && output is not JObject)
            {
                throw Malformed(command, workingDirectory, $"output '{name}' has no {{\"value\": ...}} wrapper");
            }

            values[name] = (wrapped ? output!["value"] : output)?.DeepClone();
        }

        return values;
    }

    private static InfraException Malformed(string command, string workingDirectory, string what) =>
        new($"'{command}' in {workingDirectory} printed something infra cannot read: {what}. Run it by hand to see its output; an engine or wrapper that prints other text on standard output must be fixed first.", ExitCodes.ExternalFailure);
}
