namespace AggregatedPayments.Dictionaries;

/// <summary>One platform entry of the error dictionary as written in SeedData/platform-errors.json.</summary>
internal sealed record SeedErrorEntry(
    string Code,
    string MessageEn,
    string? MessageZhHans,
    bool IsRetryable,
    bool IsFinal,
    bool IsNeverAccepted)
{
    public ErrorEntryFlags Flags => new(IsRetryable, IsFinal, IsNeverAccepted);
}
