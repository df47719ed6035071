using System.Text.Json.Nodes;

namespace Infra.Tests.Workflows.Rehearsal;

/// <summary>
/// One thing to evaluate: a <c>template</c> (text with <c>${{ }}</c> parts, each replaced by its value) or an
/// <c>if</c> (a job's or step's condition), against <paramref name="Context"/> with the job's <paramref name="Status"/>.
/// </summary>
public sealed record ExpressionItem(string Kind, string Text, JsonObject Context, string Status = "success");
