namespace AggregatedPayments.Benchmarks;

/// <summary>What one engine's run measured.</summary>
public sealed record EngineResult(
    string Engine,
    int Lines,
    int Orders,
    IReadOnlyList<StageFigure> Stages,
    TimeSpan EndToEnd,
    double? PeakHostMiB,
    double RawInsertRowsPerSecond,
    int RawInsertRows,
    IReadOnlyList<string> Notes)
{
    public bool Completed => Stages.All(s => s.Completed);

    public double LinesPerSecond => Lines / EndToEnd.TotalSeconds;
}
