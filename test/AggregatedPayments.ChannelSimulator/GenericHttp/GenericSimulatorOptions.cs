namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>Configuration section <c>Generic</c>: the merchants the provider knows, each with its secret and opening balance.</summary>
public sealed class GenericSimulatorOptions
{
    public const string Section = "Generic";

    public List<GenericMerchantOptions> Merchants { get; set; } = [];

    /// <summary>How long an order_ref is recognised for resends; past it a resend is refused, never paid again.</summary>
    public int IdempotencyWindowHours { get; set; } = 24;
}
