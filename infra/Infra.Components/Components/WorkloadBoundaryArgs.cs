using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>Arguments of <see cref="WorkloadBoundary"/>.</summary>
public sealed record WorkloadBoundaryArgs
{
    /// <summary>The policy's physical name, e.g. <c>2-1-bbws-workload-boundary-dev</c>.</summary>
    public required string PolicyName { get; init; }

    /// <summary>What workload roles are granted (their inline and managed policies' statements): the boundary allows exactly these actions.</summary>
    public required IReadOnlyList<PolicyStatement> WorkloadGrants { get; init; }

    /// <summary>The state bucket's name: its objects are the stack's state, which no workload may read or change.</summary>
    public required string StateBucket { get; init; }

    /// <summary>The state lock table's ARN.</summary>
    public required string LockTableArn { get; init; }

    /// <summary>The state key's ARN.</summary>
    public required Output<string> StateKeyArn { get; init; }
}
