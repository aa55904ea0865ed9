namespace AggregatedPayments.Benchmarks;

/// <summary>One stage as measured: from the previous stage's end to this one's, the host's CPU time meanwhile, and how far it got (all of it, unless it stalled or ran out of time).</summary>
public sealed record StageFigure(string Name, TimeSpan Elapsed, TimeSpan HostCpu, long Done, long Total, string? Note = null)
{
    public bool Completed => Done >= Total;
}
