namespace AggregatedPayments.ChannelSimulator.GenericHttp;

public sealed class GenericMerchantOptions
{
    public string Id { get; set; } = string.Empty;

    public string Secret { get; set; } = string.Empty;

    /// <summary>Opening CNY balance as a decimal string, at start and after a reset.</summary>
    public string InitialBalance { get; set; } = "1000000.00";
}
