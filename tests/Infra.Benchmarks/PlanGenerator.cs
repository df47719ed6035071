using System.Globalization;
using Newtonsoft.Json;

namespace Infra.Benchmarks;

/// <summary>Writes a synthetic Terraform plan with many resource changes, streamed so the generator stays small too.</summary>
public static class PlanGenerator
{
    /// <summary>Writes <paramref name="count"/> changes pinned to <paramref name="account"/> and <paramref name="region"/>; 1% are deletes and 2% replaces.</summary>
    public static void Write(string path, int count, string account, string region)
    {
        using var file = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        using var json = new JsonTextWriter(file) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture };
        json.WriteStartObject();
        json.WritePropertyName("format_version");
        json.WriteValue("1.2");
        json.WritePropertyName("terraform_version");
        json.WriteValue("1.9.8");
        json.WritePropertyName("resource_changes");
        json.WriteStartArray();
        for (var i = 0; i < count; i++)
        {
            WriteChange(json, i);
        }

        json.WriteEndArray();
        json.WritePropertyName("configuration");
        json.WriteStartObject();
        json.WritePropertyName("provider_config");
        json.WriteStartObject();
        json.WritePropertyName("aws");
        json.WriteStartObject();
        json.WritePropertyName("name");
        json.WriteValue("aws");
        json.WritePropertyName("expressions");
        json.WriteStartObject();
        json.WritePropertyName("allowed_account_ids");
        json.WriteStartObject();
        json.WritePropertyName("constant_value");
        json.WriteStartArray();
        json.WriteValue(account);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WritePropertyName("region");
        json.WriteStartObject();
        json.WritePropertyName("constant_value");
        json.WriteValue(region);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WritePropertyName("errored");
        json.WriteValue(false);
        json.WriteEndObject();
    }

    private static void WriteChange(JsonTextWriter json, int i)
    {
        string[] actions = (i % 100) switch
        {
            0 => ["delete"],
            1 or 51 => ["delete", "create"],
            _ when i % 3 == 0 => ["update"],
            _ when i % 3 == 1 => ["no-op"],
            _ => ["create"],
        };
        var module = string.Create(CultureInfo.InvariantCulture, $"module.service_{i % 25:D2}");
        json.WriteStartObject();
        json.WritePropertyName("address");
        json.WriteValue(string.Create(CultureInfo.InvariantCulture, $"{module}.aws_lambda_function.fn_{i:D5}"));
        json.WritePropertyName("module_address");
        json.WriteValue(module);
        json.WritePropertyName("mode");
        json.WriteValue("managed");
        json.WritePropertyName("type");
        json.WriteValue("aws_lambda_function");
        json.WritePropertyName("name");
        json.WriteValue(string.Create(CultureInfo.InvariantCulture, $"fn_{i:D5}"));
        json.WritePropertyName("provider_name");
        json.WriteValue("registry.terraform.io/hashicorp/aws");
        json.WritePropertyName("change");
        json.WriteStartObject();
        json.WritePropertyName("actions");
        json.WriteStartArray();
        foreach (var a in actions)
        {
            json.WriteValue(a);
        }

        json.WriteEndArray();
        var creates = actions is ["create"];
        var deletes = actions is ["delete"];
        json.WritePropertyName("before");
        if (creates)
        {
            json.WriteNull();
        }
        else
        {
            WriteValues(json, i, "128");
        }

        json.WritePropertyName("after");
        if (deletes)
        {
            json.WriteNull();
        }
        else
        {
            WriteValues(json, i, actions is ["update"] or ["delete", "create"] ? "256" : "128");
        }

        json.WritePropertyName("after_unknown");
        json.WriteRawValue("""{"arn":true,"last_modified":true}""");
        json.WritePropertyName("before_sensitive");
        json.WriteRawValue(creates ? "false" : """{"environment":[{"variables":{"API_TOKEN":true}}]}""");
        json.WritePropertyName("after_sensitive");
        json.WriteRawValue(deletes ? "false" : """{"environment":[{"variables":{"API_TOKEN":true}}]}""");
        if (actions is ["delete", "create"])
        {
            json.WritePropertyName("replace_paths");
            json.WriteRawValue("""[["memory_size"]]""");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteValues(JsonTextWriter json, int i, string memory)
    {
        json.WriteRawValue(string.Create(CultureInfo.InvariantCulture, $$$"""
            {"function_name":"2-1-bbws-fn-{{{i:D5}}}-prod","handler":"index.handler","runtime":"nodejs20.x","memory_size":{{{memory}}},"timeout":30,
            "role":"arn:aws:iam::093646564004:role/2-1-bbws-fn-{{{i:D5}}}-prod","environment":[{"variables":{"STAGE":"prod","API_TOKEN":"token-{{{i}}}"}}],
            "tags":{"Environment":"prod","Service":"fn-{{{i:D5}}}","Owner":"platform"}}
            """));
    }
}
