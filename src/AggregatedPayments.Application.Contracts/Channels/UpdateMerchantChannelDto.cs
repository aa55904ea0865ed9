namespace AggregatedPayments.Channels;

public sealed class UpdateMerchantChannelDto : MerchantChannelInput
{
    public bool IsOpen { get; set; }

    public int Version { get; set; }
}
