namespace AggregatedPayments.Channels;

/// <summary>Who provides a parameter's value: the platform once for the channel, or each merchant it is opened to.</summary>
public enum ParameterSupplier
{
    Platform,
    Merchant
}
