using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Channels;

/// <summary>How a channel serves one merchant. Trading hours are "HH:mm" in the merchant's time zone; both or neither.</summary>
public class MerchantChannelInput
{
    /// <summary>Functions the merchant may use; each must be enabled on the channel (Payout, Query, Balance…).</summary>
    [Required]
    public List<string> Functions { get; set; } = [];

    [Range(-1000, 1000)]
    public int Priority { get; set; }

    [Range(1, 100)]
    public int Weight { get; set; } = 1;

    [Range(1, long.MaxValue)]
    public long? SingleLimitMinor { get; set; }

    [Range(1, long.MaxValue)]
    public long? DailyLimitMinor { get; set; }

    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public string? TradingStart { get; set; }

    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public string? TradingEnd { get; set; }

    /// <summary>The merchant-supplied parameters (see the provider's form); same rules as the channel's own.</summary>
    public Dictionary<string, string?> Parameters { get; set; } = [];
}
