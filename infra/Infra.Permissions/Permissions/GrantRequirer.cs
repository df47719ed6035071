namespace Infra.Permissions;

/// <summary>
/// One reason a <c>required</c> ledger grant exists: a call of the stacks that needs it, and the requirement-table entry
/// or deploy-driver declaration that says so. Written by <c>infra permissions sync</c>, never by hand.
/// </summary>
/// <param name="By">Who makes the call and when, e.g. <c>aws_lambda_function.product_api_function (refresh)</c>, <c>state (lock)</c>, <c>driver (alias-shift)</c>.</param>
/// <param name="From">Where the requirement is declared, e.g. <c>infra/IamRequirements/aws/aws_lambda_function.yaml: refresh lambda:GetFunction</c>.</param>
public sealed record GrantRequirer(string By, string From)
{
    /// <summary>The requirer of <paramref name="call"/>.</summary>
    public static GrantRequirer Of(RequiredCall call) => new($"{call.Address} ({call.Operation})", call.Source);

    /// <summary>Ordinal order by <see cref="By"/>, then <see cref="From"/>: the order a ledger lists requirers in.</summary>
    public static int Compare(GrantRequirer? x, GrantRequirer? y) =>
        x is null || y is null ? Comparer<object?>.Default.Compare(x, y)
        : string.CompareOrdinal(x.By, y.By) is var by and not 0 ? by : string.CompareOrdinal(x.From, y.From);
}
