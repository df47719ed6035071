namespace Infra.Tests.Fuzz;

/// <summary>
/// One damage to one file. Positions are fractions of the file (in millionths), so the same mutation applies to any
/// file and replays the same way from its seed; <see cref="Variant"/> picks among the replacement values.
/// </summary>
/// <param name="Kind">What is done to the file.</param>
/// <param name="Positions">Where, in millionths of the file's length (or of its candidate lines).</param>
/// <param name="Variant">Which replacement value, byte or form is used.</param>
public sealed record Mutation(MutationKind Kind, int[] Positions, int Variant)
{
    /// <summary>The denominator of <see cref="Positions"/>.</summary>
    public const int Million = 1_000_000;

    /// <summary>The mutation as a failure message shows it.</summary>
    public override string ToString() => $"{Kind}(positions=[{string.Join(", ", Positions)}], variant={Variant})";

    /// <summary>The index in <c>[0, count)</c> that the first position stands for.</summary>
    public int IndexIn(int count, int which = 0) => count == 0 ? 0 : (int)((long)Positions[which % Positions.Length] * count / Million);
}
