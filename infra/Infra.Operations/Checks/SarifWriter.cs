using Infra.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Infra.Checks;

/// <summary>
/// Writes a check report as SARIF 2.1.0 for GitHub code scanning: one run of the tool <c>infra</c>, every rule of the
/// pack in the driver, one result per finding with its rule, message, the generated file and line it maps to
/// (relative to the repository root, <c>%SRCROOT%</c>) and the resource's logical name; accepted findings carry an
/// in-source suppression with the reason.
/// </summary>
public static class SarifWriter
{
    /// <summary>The SARIF schema the output follows.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF text of <paramref name="report"/>.</summary>
    public static string Write(CheckReport report)
    {
        var rules = PolicyCheck.Rules();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var driver = new JObject
        {
            ["name"] = "infra",
            ["version"] = typeof(SarifWriter).Assembly.GetName().Version?.ToString() ?? "1.0.0.0",
            ["informationUri"] = "https://github.com/bigbeard/bbws-platform/blob/main/infra/RULES.md",
            ["rules"] = new JArray(rules.Select(r => new JObject
            {
                ["id"] = r.Id,
                ["name"] = r.Name,
                ["shortDescription"] = new JObject { ["text"] = r.Title },
                ["fullDescription"] = new JObject { ["text"] = r.Rationale },
                ["help"] = new JObject { ["text"] = $"{r.Title} {r.Rationale} See infra/RULES.md." },
                ["defaultConfiguration"] = new JObject { ["level"] = Level(r.Severity) },
            })),
        };
        var results = new JArray(report.Findings.Select(f =>
        {
            var location = new JObject
            {
                ["physicalLocation"] = new JObject
                {
                    ["artifactLocation"] = new JObject { ["uri"] = f.File, ["uriBaseId"] = "%SRCROOT%" },
                    ["region"] = new JObject { ["startLine"] = f.Line },
                },
            };
            if (f.LogicalName is not null)
            {
                location["logicalLocations"] = new JArray(new JObject { ["name"] = f.LogicalName, ["fullyQualifiedName"] = $"{f.Stack}/{f.LogicalName}", ["kind"] = "resource" });
            }

            var result = new JObject
            {
                ["ruleId"] = f.RuleId,
                ["ruleIndex"] = index[f.RuleId],
                ["level"] = Level(f.Severity),
                ["message"] = new JObject { ["text"] = f.LogicalName is null ? f.Message : $"{f.Stack}/{f.LogicalName}: {f.Message}" },
                ["locations"] = new JArray(location),
                ["partialFingerprints"] = new JObject { ["infraFinding/v1"] = $"{f.RuleId}:{f.Stack}:{f.LogicalName ?? f.File}:{(f.LogicalName is null ? f.Line : 0)}" },
            };
            if (f.SuppressedBecause is not null)
            {
                result["suppressions"] = new JArray(new JObject { ["kind"] = "inSource", ["justification"] = f.SuppressedBecause });
            }

            return result;
        }));
        var log = new JObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject { ["driver"] = driver },
                ["originalUriBaseIds"] = new JObject { ["%SRCROOT%"] = new JObject { ["description"] = new JObject { ["text"] = "The repository root." } } },
                ["results"] = results,
            }),
        };
        return log.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>The findings as a JSON array, for scripts.</summary>
    public static string WriteJson(CheckReport report) =>
        new JObject
        {
            ["findings"] = new JArray(report.Findings.Select(f => new JObject
            {
                ["ruleId"] = f.RuleId,
                ["severity"] = f.Severity.ToString().ToLowerInvariant(),
                ["stack"] = f.Stack,
                ["logicalName"] = f.LogicalName,
                ["file"] = f.File,
                ["line"] = f.Line,
                ["message"] = f.Message,
                ["suppressedBecause"] = f.SuppressedBecause,
            })),
            ["suppressions"] = new JArray(report.Suppressions.Select(s => new JObject
            {
                ["stack"] = s.Stack,
                ["logicalName"] = s.LogicalName,
                ["ruleId"] = s.RuleId,
                ["reason"] = s.Reason,
                ["expires"] = s.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["expired"] = s.Expired,
            })),
        }.ToString(Formatting.Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    private static string Level(Severity severity) => severity switch { Severity.Error => "error", Severity.Info => "note", _ => "warning" };
}
