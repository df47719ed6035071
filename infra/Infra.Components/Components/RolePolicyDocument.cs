using Infra.Model;
using Infra.Resources.Aws;

namespace Infra.Components;

/// <summary>One identity policy of a role: its inline policy or a managed policy attached to it.</summary>
/// <param name="Name">The policy's name in AWS.</param>
/// <param name="Document">Its statements.</param>
/// <param name="Resource">The resource that writes it: an <see cref="IamRolePolicy"/> or an <see cref="IamPolicy"/>.</param>
public sealed record RolePolicyDocument(string Name, PolicyDocument Document, CustomResource Resource);
