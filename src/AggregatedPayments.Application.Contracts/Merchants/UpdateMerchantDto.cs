namespace AggregatedPayments.Merchants;

public sealed class UpdateMerchantDto : MerchantProfileInput
{
    /// <summary>The version read; a save over someone else's change is refused.</summary>
    public int Version { get; set; }
}
