namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// Statement drift, as posted to <c>/_sim/generic/statement-drift</c>: lines left out, amounts
/// changed by a number of fen, lines for payouts that never happened, and successes listed twice.
/// The books themselves are untouched; only the statement disagrees with them.
/// </summary>
public sealed record GenericDriftSettings
{
    public List<string> DropKeys { get; init; } = [];

    public Dictionary<string, long> AmountDeltas { get; init; } = [];

    public int ExtraLines { get; init; }

    public List<string> DuplicateKeys { get; init; } = [];
}
