namespace AggregatedPayments.Dictionaries;

internal sealed record SeedErrorEntries(IReadOnlyList<SeedErrorEntry> Entries);
