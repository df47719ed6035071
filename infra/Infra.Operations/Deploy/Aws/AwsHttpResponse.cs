using System.Xml;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Infra.Deploy.Aws;

/// <summary>
/// An answer of a signed call, copied out of the HTTP response (which is disposed once read), with the headers as
/// case-insensitive name → first value. Its readers turn a body that is not the service's JSON or XML into an
/// exit-4 error instead of a crash.
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body as text.</param>
/// <param name="Headers">Response and content headers.</param>
public sealed record AwsHttpResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The body's bytes as received (an S3 object is binary; <see cref="Body"/> is their UTF-8 reading).</summary>
    public byte[] Content { get; init; } = [];

    /// <summary>The header's value, or null when the answer has none.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body as a JSON object (an empty body is an empty object, as AWS sends for some writes).</summary>
    public JObject JsonObject(AwsOperation operation, string resource)
    {
        try
        {
            return (Body.Length == 0 ? new JObject() : DeployJson.Parse(Body)) as JObject
                ?? throw AwsErrors.Malformed(operation, resource, "not a JSON object");
        }
        catch (Newtonsoft.Json.JsonException)
        {
            throw AwsErrors.Malformed(operation, resource, $"not JSON: {Start()}");
        }
    }

    /// <summary>The body as an XML document.</summary>
    public XDocument Xml(AwsOperation operation, string resource)
    {
        try
        {
            return XDocument.Parse(Body);
        }
        catch (XmlException)
        {
            throw AwsErrors.Malformed(operation, resource, $"not XML: {Start()}");
        }
    }

    /// <summary>The string at <paramref name="name"/> of <paramref name="node"/>, or an exit-4 error naming the missing field.</summary>
    public static string RequiredString(JToken? node, string name, AwsOperation operation, string resource) =>
        OptionalString(node, name, operation, resource) ?? throw AwsErrors.Malformed(operation, resource, $"no '{name}'");

    /// <summary>The string at <paramref name="name"/> of <paramref name="node"/>, null when absent, an exit-4 error when not a string.</summary>
    public static string? OptionalString(JToken? node, string name, AwsOperation operation, string resource)
    {
        var value = node is JObject o ? o[name] : null;
        return value switch
        {
            null or { Type: JTokenType.Null } => null,
            JValue { Type: JTokenType.String } text => (string)text!,
            _ => throw AwsErrors.Malformed(operation, resource, $"'{name}' is not a string"),
        };
    }

    private string Start() => AwsErrors.OneLine(Body.Length <= 60 ? Body : Body[..60] + "...");
}
