namespace AggregatedPayments.Dictionaries;

public sealed class ErrorDictionaryEntryDto
{
    public Guid Id { get; set; }

    /// <summary>The platform code the entry is (no channel) or maps to.</summary>
    public string Code { get; set; } = "";

    /// <summary>Null for a platform entry.</summary>
    public string? ChannelCode { get; set; }

    /// <summary>The channel's own error code; null for a platform entry.</summary>
    public string? ChannelErrorCode { get; set; }

    public string MessageEn { get; set; } = "";

    public string? MessageZhHans { get; set; }

    /// <summary>The same request may be sent again as it is.</summary>
    public bool IsRetryable { get; set; }

    /// <summary>The attempt has definitely not paid.</summary>
    public bool IsFinal { get; set; }

    /// <summary>The channel did not take the request; with <see cref="IsFinal"/> the answer is classified Rejected.</summary>
    public bool IsNeverAccepted { get; set; }

    public bool IsBuiltIn { get; set; }

    public int Version { get; set; }

    public DateTime CreationTime { get; set; }
}
