namespace Infra.Deploy.Aws;

/// <summary>
/// The deploy freeze: an SSM parameter in the stack's own account (<see cref="ParameterName"/>), because CI's GitHub
/// token cannot write Actions variables.
/// </summary>
public interface IDeployFreeze
{
    /// <summary>The reason the stack is frozen, or null when it is not.</summary>
    Task<string?> GetReasonAsync(StackTarget target, CancellationToken cancellationToken);

    /// <summary>Freezes the stack with <paramref name="reason"/>.</summary>
    Task SetAsync(StackTarget target, string reason, CancellationToken cancellationToken);

    /// <summary>Lifts the freeze; no error when there was none.</summary>
    Task ClearAsync(StackTarget target, CancellationToken cancellationToken);

    /// <summary>The SSM parameter holding a stack's freeze: <c>/&lt;project&gt;/&lt;stack&gt;/deploy-freeze</c>.</summary>
    static string ParameterName(StackTarget target) => $"/{target.Project}/{target.Stack}/deploy-freeze";
}
