namespace AggregatedPayments.Dictionaries;

/// <summary>How channel adapters and classification read the error dictionary: cached, codes compared byte for byte.</summary>
public interface IErrorDictionaryLookup
{
    /// <summary>
    /// The entry for <paramref name="channelErrorCode"/> as answered by <paramref name="channelCode"/>;
    /// with no channel (null or empty), the platform entry whose code is <paramref name="channelErrorCode"/>.
    /// Null when nothing is mapped: an unmapped answer is classified Unknown, never Rejected.
    /// </summary>
    Task<ErrorDictionaryEntryInfo?> FindAsync(string? channelCode, string channelErrorCode, CancellationToken cancellationToken = default);
}
