namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>Configuration section <c>Generic</c>: the merchants the provider knows, each with its secret and opening balance.</summary>
public sealed class GenericSimulatorOptions
{
    public const string Section = "Generic";

    public List<GenericMerchantOptions> Merchants { get; set; } = [];
}
