namespace AggregatedPayments.Dictionaries;

internal sealed record SeedChannelErrorEntries(IReadOnlyList<SeedChannelErrorEntry> Entries);
