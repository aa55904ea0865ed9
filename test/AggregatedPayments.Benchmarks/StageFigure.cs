namespace AggregatedPayments.Benchmarks;

/// <summary>One stage as measured: from the previous stage's end to this one's, and how far it got (all of it, unless it stalled).</summary>
public sealed record StageFigure(string Name, TimeSpan Elapsed, long Done, long Total, string? Note = null)
{
    public bool Completed => Done >= Total;
}
