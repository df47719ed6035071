using System.Text;
using System.Text.RegularExpressions;
using Infra.Emitters;
using Infra.Model;
using Infra.Rules;

namespace Infra.Synthesis;

/// <summary>
/// The committed, append-only list of prod's protected resources (Terraform addresses of the main root). Synth adds
/// every protected prod resource it emits and never removes a line, so a resource that leaves the program stays
/// listed until a reviewed human edit removes it; the tests read this list, not the program, to know what must stay.
/// </summary>
public static partial class ProtectedInventory
{
    /// <summary>Where the inventory lives, relative to the repository root.</summary>
    public static RepositoryPath Path { get; } = new($"stacks/{ProdProtectRule.ProductionStack}/protected-resources.txt");

    private const string Header =
        "# Prod's protected resources: the Terraform address (type.name) of each resource of stacks/prod/terraform/main.tf.json\n" +
        "# that is protected (prevent_destroy in Terraform, protect in Pulumi). 'infra synth' adds new ones and never removes a\n" +
        "# line: the tests fail while a listed resource is missing from prod or unprotected in either engine. To destroy one\n" +
        "# on purpose, delete its line in the same reviewed change (see README, 'Prod's protected inventory').\n";

    /// <summary>The addresses the committed inventory under <paramref name="repositoryRoot"/> lists; none when it does not exist yet.</summary>
    public static IReadOnlyList<string> Read(string repositoryRoot)
    {
        var file = Path.Under(repositoryRoot);
        return File.Exists(file) ? Parse(File.ReadAllText(file)) : [];
    }

    /// <summary>
    /// The addresses in an inventory's text, in file order; blank lines and '#' comments are skipped. A line that is
    /// not a Terraform address is an <see cref="InfraException"/> naming the line.
    /// </summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var addresses = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!AddressPattern().IsMatch(line))
            {
                throw new InfraException(
                    $"{Path}:{i + 1}: '{line}' is not a Terraform address: write one resource per line as type.name (e.g. aws_dynamodb_table.orders_table), or restore the file with 'git checkout -- {Path}'.",
                    ExitCodes.BadInput);
            }

            addresses.Add(line);
        }

        return addresses;
    }

    /// <summary>
    /// The inventory after this synth: every address already <paramref name="listed"/> plus each protected resource
    /// of <paramref name="production"/>'s main root, once each, in ordinal order.
    /// </summary>
    public static GeneratedFile Render(IEnumerable<string> listed, Stack production)
    {
        var addresses = listed
            .Concat(production.Main.CustomResources.Where(r => r.Options.Protect).Select(r => r.TerraformAddress))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder(Header);
        foreach (var address in addresses)
        {
            text.Append(address).Append('\n');
        }

        return new GeneratedFile(Path, text.ToString());
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
