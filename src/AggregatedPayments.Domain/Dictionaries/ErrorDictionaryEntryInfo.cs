using AggregatedPayments.Localization;

namespace AggregatedPayments.Dictionaries;

/// <summary>A read-only copy of an error entry, as the cache holds it.</summary>
/// <param name="Code">The platform code the answer means.</param>
/// <param name="ChannelCode">The channel, or null for a platform entry.</param>
/// <param name="ChannelErrorCode">The channel's own code, or null for a platform entry.</param>
public sealed record ErrorDictionaryEntryInfo(
    string Code,
    string? ChannelCode,
    string? ChannelErrorCode,
    string MessageEn,
    string? MessageZhHans,
    ErrorEntryFlags Flags)
{
    internal static ErrorDictionaryEntryInfo From(ErrorDictionaryEntry entry) =>
        new(entry.Code,
            entry.IsPlatformEntry ? null : entry.ChannelCode,
            entry.IsPlatformEntry ? null : entry.ChannelErrorCode,
            entry.MessageEn,
            entry.MessageZhHans,
            entry.Flags);

    public string GetMessage(string? culture) =>
        TextLocalizer.Normalize(culture) == "zh-Hans" && MessageZhHans is not null ? MessageZhHans : MessageEn;
}
