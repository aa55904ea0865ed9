using AggregatedPayments.Dtos;

namespace AggregatedPayments.Dictionaries;

/// <summary>Codes are compared byte for byte on every engine, so the filters are case-sensitive.</summary>
public sealed class GetErrorDictionaryListInput : PagedRequestDto
{
    /// <summary>Only the entries of this channel.</summary>
    public string? ChannelCode { get; set; }

    /// <summary>Only platform entries (true) or only channel entries (false); both when null.</summary>
    public bool? IsPlatformEntry { get; set; }

    /// <summary>Only the entries that are, or map onto, this platform code.</summary>
    public string? Code { get; set; }

    /// <summary>A part of the platform code or of the channel's error code.</summary>
    public string? Filter { get; set; }
}
