namespace Infra.Plans;

/// <summary>Every error about a plan file, in one place, each naming the file, what is wrong and the fix.</summary>
public static class PlanErrors
{
    /// <summary>The file does not exist or cannot be read.</summary>
    public static InfraException Unreadable(string file, string reason) =>
        new($"{file}: cannot be read ({reason}). Pass the path of the JSON written by 'terraform show -json <planfile> > plan.json' or 'pulumi preview --json > preview.json'.");

    /// <summary>The file is empty.</summary>
    public static InfraException Empty(string file) =>
        new($"{file}: is empty. Write the plan as JSON with 'terraform show -json <planfile> > {Path.GetFileName(file)}' (a binary plan file or a failed command leaves nothing to read).");

    /// <summary>The file is not valid JSON (truncated, or not JSON at all).</summary>
    public static InfraException InvalidJson(string file, string detail) =>
        new($"{file}: is not valid JSON ({detail}). The file may be truncated or hold the human-readable plan; write it again with 'terraform show -json <planfile>'.");

    /// <summary>The JSON is neither a Terraform plan nor a Pulumi preview.</summary>
    public static InfraException NotAPlan(string file, string detail) =>
        new($"{file}: is not a Terraform plan or a Pulumi preview ({detail}). Pass the output of 'terraform show -json <planfile>' or 'pulumi preview --json'.");

    /// <summary>The plan's format version is one this reader does not know.</summary>
    public static InfraException UnsupportedFormat(string file, string version) =>
        new($"{file}: format_version is \"{version}\"; only 0.x and 1.x are supported. Produce the plan with a Terraform or OpenTofu release that writes format 1.x, or update infra to read this format.");

    /// <summary>An action list that this reader does not know: refused rather than guessed.</summary>
    public static InfraException UnknownActions(string file, string address, IEnumerable<string> actions, IEnumerable<string> accepted) =>
        new($"{file}: resource '{address}' has actions [{string.Join(", ", actions.Select(a => $"\"{a}\""))}], which infra does not know; it refuses rather than guess whether they destroy anything. Known: {string.Join(" ", accepted)}.");

    /// <summary>A field has the wrong JSON type.</summary>
    public static InfraException WrongType(string file, string path, string expected) =>
        new($"{file}: '{path}' is not {expected}. The file does not look like 'terraform show -json' or 'pulumi preview --json' output; write it again with that command.");
}
