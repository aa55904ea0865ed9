namespace AggregatedPayments.Channels;

public sealed class CreateMerchantChannelDto : MerchantChannelInput
{
    public Guid ChannelId { get; set; }
}
