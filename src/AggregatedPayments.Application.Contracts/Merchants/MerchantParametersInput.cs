using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Merchants;

/// <summary>What both the platform and the merchant set; each update replaces the whole set.</summary>
public abstract class MerchantParametersInput
{
    /// <summary>Absolute https URL (http only to a target the platform's administrator allowed); empty for none.</summary>
    [StringLength(MerchantParameterConsts.MaxNotifyUrlLength)]
    public string? NotifyUrl { get; set; }

    /// <summary>CIDR ranges (IPv4 or IPv6) that calls signed with the merchant's keys may come from; empty is any.</summary>
    public List<string> AllowedIpRanges { get; set; } = [];

    /// <summary>IANA time zone; unchanged when empty.</summary>
    [StringLength(MerchantConsts.MaxTimeZoneLength)]
    public string? TimeZone { get; set; }

    /// <summary>The version read; a save over someone else's change is refused.</summary>
    public int Version { get; set; }
}
