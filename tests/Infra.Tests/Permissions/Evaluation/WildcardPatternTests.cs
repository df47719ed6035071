using System.Text;
using System.Text.RegularExpressions;
using Infra.Permissions;

namespace Infra.Tests.Permissions;

public class WildcardPatternTests
{
    [Test]
    public void TheGlobMatcherAgreesWithARegularExpressionOnRandomPatternsAndInputs()
    {
        var random = new Random(20261204);
        var disagreements = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var pattern = RandomText(random, "ab:/*?A", random.Next(0, 8));
            var input = RandomText(random, "ab:/A", random.Next(0, 10));
            var ignoreCase = random.Next(2) == 0;
            var expected = Reference(pattern, ignoreCase).IsMatch(input);

            if (new WildcardPattern(pattern, ignoreCase).IsMatch(input) != expected)
            {
                disagreements.Add($"'{pattern}' on '{input}' (ignoreCase {ignoreCase}): expected {expected}");
            }
        }

        Assert.That(disagreements, Is.Empty, "the matcher must treat * as any run and ? as one character, like the reference expression");
    }

    [Test]
    public void ATokenIsLiteralTextToTheMatcher()
    {
        var pattern = new WildcardPattern("arn:aws:kms:eu-west-1:536580886816:key/${aws_kms_key.k.key_id}", ignoreCase: false);

        Assert.Multiple(() =>
        {
            Assert.That(pattern.IsMatch("arn:aws:kms:eu-west-1:536580886816:key/${aws_kms_key.k.key_id}"), Is.True, "the same token must match");
            Assert.That(pattern.IsMatch("arn:aws:kms:eu-west-1:536580886816:key/1234"), Is.False, "a token is not a wildcard: it must not match a real id");
        });
    }

    private static Regex Reference(string pattern, bool ignoreCase)
    {
        var regex = new StringBuilder("^");
        foreach (var c in pattern)
        {
            regex.Append(c switch { '*' => ".*", '?' => ".", _ => Regex.Escape(c.ToString()) });
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }
}
