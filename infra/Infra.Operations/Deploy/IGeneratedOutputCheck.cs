namespace Infra.Deploy;

/// <summary>The synth drift check, as the deploy driver needs it: the generated files that differ from what synth would write.</summary>
public interface IGeneratedOutputCheck
{
    /// <summary>Repository-relative paths of stale generated files; empty when everything is current.</summary>
    IReadOnlyList<string> StaleFiles();
}
