namespace AggregatedPayments.Dictionaries;

/// <summary>One provider answer of the error dictionary as written in SeedData/channel-errors.json.</summary>
internal sealed record SeedChannelErrorEntry(
    string ChannelCode,
    string ChannelErrorCode,
    string Code,
    string MessageEn,
    string? MessageZhHans,
    bool IsRetryable,
    bool IsFinal,
    bool IsNeverAccepted)
{
    public ErrorEntryFlags Flags => new(IsRetryable, IsFinal, IsNeverAccepted);
}
