namespace Infra.Workflows.Model;

/// <summary>An output of a reusable workflow, read by the caller as <c>needs.&lt;job&gt;.outputs.&lt;name&gt;</c>.</summary>
/// <param name="Name">The output's id.</param>
/// <param name="Description">What it holds.</param>
/// <param name="Value">The expression that produces it, e.g. <c>${{ jobs.package.outputs.sha256 }}</c>.</param>
public sealed record WorkflowOutput(string Name, string Description, string Value);
