namespace Infra.Plans;

/// <summary>Which engine wrote a plan file.</summary>
public enum PlanEngine
{
    /// <summary><c>terraform show -json</c> or <c>tofu show -json</c>.</summary>
    Terraform,

    /// <summary><c>pulumi preview --json</c>.</summary>
    Pulumi,
}
