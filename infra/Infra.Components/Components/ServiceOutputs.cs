using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Infra.Model;

namespace Infra.Components;

/// <summary>
/// The stack outputs the deploy driver reads, derived from every <see cref="LambdaService"/> registered in a root (in
/// creation order), so that declaring a service is enough for it to be packaged, shifted, rolled back and
/// smoke-tested: no list of services is kept by hand. Each output is JSON text (an output is a string for both
/// engines); the interpolated values are AWS names, version numbers and URLs, which never need JSON escaping.
/// </summary>
public static class ServiceOutputs
{
    /// <summary>The output listing each service's function, alias, version, CodeDeploy application and group, and alarms.</summary>
    public const string LambdaServicesName = "lambda_services";

    /// <summary>The output listing the smoke checks the services declare (<see cref="SmokeCheck"/>).</summary>
    public const string SmokeChecksName = "smoke_checks";

    /// <summary>
    /// Exports, for every service of <paramref name="root"/>: <c>&lt;service&gt;_function_name</c>,
    /// <c>&lt;service&gt;_codedeploy_app</c> and <c>&lt;service&gt;_codedeploy_group</c>; then
    /// <see cref="LambdaServicesName"/> and <see cref="SmokeChecksName"/>. Call it once, after the last service.
    /// </summary>
    public static void Export(StackRoot root)
    {
        var services = root.ResourcesOf<LambdaService>().ToList();
        var apis = root.ResourcesOf<LambdaRestApi>().ToList();
        foreach (var service in services)
        {
            var prefix = Names.TerraformIdentifier(service.Name);
            root.Export($"{prefix}_function_name", service.Function.FunctionName);
            root.Export($"{prefix}_codedeploy_app", service.DeploymentApp.AppName);
            root.Export($"{prefix}_codedeploy_group", service.DeploymentGroup.GroupName);
        }

        root.Export(LambdaServicesName, LambdaServices(services));
        root.Export(SmokeChecksName, SmokeChecks(services, apis));
    }

    private static Output<string> LambdaServices(IReadOnlyList<LambdaService> services)
    {
        var json = new JsonFormat();
        foreach (var service in services)
        {
            json.Open();
            json.Text("\"alarm_names\":[").Join(service.Alarms.Select(a => a.AlarmName)).Text("],");
            json.Text($"\"alias\":\"{LambdaService.LiveAlias}\",");
            json.Text("\"codedeploy_app\":").Value(service.DeploymentApp.AppName).Text(",");
            json.Text("\"codedeploy_group\":").Value(service.DeploymentGroup.GroupName).Text(",");
            json.Text("\"function_name\":").Value(service.Function.FunctionName).Text(",");
            json.Text("\"version\":").Value(service.Function.Version).Close();
        }

        return json.ToOutput();
    }

    private static Output<string> SmokeChecks(IReadOnlyList<LambdaService> services, IReadOnlyList<LambdaRestApi> apis)
    {
        var json = new JsonFormat();
        foreach (var service in services)
        {
            foreach (var check in service.Args.SmokeChecks)
            {
                json.Open();
                if (check.HttpGetPath is { } path)
                {
                    var api = apis.FirstOrDefault(a => a.Args.Service == service)
                        ?? throw new ArgumentException($"Service '{service.Name}' declares the smoke check GET {path}, but no LambdaRestApi in {service.Root.Name} routes to it: build its API, or declare SmokeCheck.Invoke() instead.", nameof(services));
                    var route = api.Args.Routes.FirstOrDefault(r => r.Method == "GET" && r.Path == path)
                        ?? throw new ArgumentException($"Service '{service.Name}' declares the smoke check GET {path}, but its API '{api.Name}' has no route GET {path}: add the route, or check a path it has.", nameof(services));
                    var signed = route.Authorization == "AWS_IAM" ? "true" : "false";
                    json.Text("\"base_url\":").Value(api.Stage.InvokeUrl).Text($",\"kind\":\"http_get\",\"path\":\"{path}\",\"signed\":{signed}").Close();
                }
                else
                {
                    json.Text($"\"alias\":\"{LambdaService.LiveAlias}\",\"function_name\":").Value(service.Function.FunctionName);
                    json.Text($",\"kind\":\"invoke\",\"proves_email\":{(check.ProvesEmail ? "true" : "false")}").Close();
                }
            }
        }

        return json.ToOutput();
    }

    // A JSON array of objects as a composite format whose arguments are outputs, for Output.Format.
    private sealed class JsonFormat
    {
        private readonly StringBuilder format = new("[");
        private readonly List<object> arguments = [];

        public JsonFormat Open()
        {
            format.Append(format.Length > 1 ? ",{{" : "{{");
            return this;
        }

        public JsonFormat Close()
        {
            format.Append("}}");
            return this;
        }

        public JsonFormat Text(string text)
        {
            format.Append(Escape(text));
            return this;
        }

        public JsonFormat Value(Output<string> value)
        {
            arguments.Add(value);
            format.Append("\"{").Append((arguments.Count - 1).ToString(CultureInfo.InvariantCulture)).Append("}\"");
            return this;
        }

        public JsonFormat Join(IEnumerable<Output<string>> values)
        {
            var first = true;
            foreach (var value in values)
            {
                if (!first)
                {
                    format.Append(',');
                }

                Value(value);
                first = false;
            }

            return this;
        }

        private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

        public Output<string> ToOutput() => Output.Format(FormattableStringFactory.Create(format.Append(']').ToString(), [.. arguments]));
    }
}
