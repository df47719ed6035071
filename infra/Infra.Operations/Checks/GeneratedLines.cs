using Infra.Emitters;
using Infra.Emitters.Terraform;
using Infra.Model;

namespace Infra.Checks;

/// <summary>
/// Where a resource is written in its root's generated <c>main.tf.json</c>: the line of its key under its type, so
/// code scanning points at the block itself. Reads the synthesized text, so it matches what <c>synth</c> writes.
/// </summary>
public sealed class GeneratedLines
{
    private readonly Dictionary<string, string[]> files;

    /// <summary>Indexes the generated files of one synthesis.</summary>
    public GeneratedLines(IEnumerable<GeneratedFile> generated) =>
        files = generated.ToDictionary(f => f.Path.Value, f => f.Content.Split('\n'), StringComparer.Ordinal);

    /// <summary>The generated Terraform file of <paramref name="resource"/>'s root and the 1-based line of its block (1 when not found).</summary>
    public (string File, int Line) Of(Resource resource)
    {
        var file = TerraformJsonEmitter.DirectoryOf(resource.Root).Combine(TerraformJsonEmitter.FileName).Value;
        if (!files.TryGetValue(file, out var lines))
        {
            return (file, 1);
        }

        // Sorted, two-space indented JSON: "resource" at 2 spaces, the type at 4, the resource's name at 6.
        var line = resource switch
        {
            CustomResource c => Find(lines, ["  \"resource\": {", $"    \"{c.Type}\": {{", $"      \"{Names.TerraformIdentifier(c.Name)}\": {{"]),
            ProviderResource p => Find(lines, ["  \"provider\": {", $"    \"{p.Package}\": ["]),
            _ => 0,
        };
        return (file, Math.Max(line, 1));
    }

    // The line of the last marker, each searched after the previous one; 0 when one is missing.
    private static int Find(string[] lines, IReadOnlyList<string> markers)
    {
        var index = -1;
        foreach (var marker in markers)
        {
            index = Array.FindIndex(lines, index + 1, l => l == marker);
            if (index < 0)
            {
                return 0;
            }
        }

        return index + 1;
    }
}
