namespace Infra.Deploy.GitHub;

/// <summary>What the GitHub Actions API says of one workflow run: the facts promotion checks, never what a record claims.</summary>
/// <param name="Id">The run id.</param>
/// <param name="Path">The workflow file it ran, e.g. <c>.github/workflows/deploy-dev.yml</c>.</param>
/// <param name="HeadBranch">The branch it ran on.</param>
/// <param name="HeadSha">The commit it ran at.</param>
/// <param name="Event">What started it (<c>push</c>, <c>workflow_dispatch</c>, ...).</param>
/// <param name="Status">Its status (<c>completed</c> once finished).</param>
/// <param name="Conclusion">Its conclusion once completed (<c>success</c>, <c>failure</c>, ...), else null.</param>
/// <param name="DisplayTitle">Its title, which a promotion workflow's <c>run-name</c> sets from the promoted commit.</param>
public sealed record WorkflowRunFacts(long Id, string Path, string HeadBranch, string HeadSha, string Event, string Status, string? Conclusion, string DisplayTitle)
{
    /// <summary>True when the run finished with success.</summary>
    public bool Succeeded => Status == "completed" && Conclusion == "success";

    /// <summary>One line naming the run and how it ended.</summary>
    public string Describe() => $"run {Id} ({Path} on {HeadBranch}, {Event}, {(Status == "completed" ? Conclusion ?? "no conclusion" : Status)})";
}
