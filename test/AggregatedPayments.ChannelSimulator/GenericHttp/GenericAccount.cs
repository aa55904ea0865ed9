namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>One merchant at the provider: its secret, its balance (available, and frozen for pending payouts), its orders and movements.</summary>
public sealed class GenericAccount(string merchantId, string secret, long initialFen)
{
    public string MerchantId { get; } = merchantId;

    public string Secret { get; } = secret;

    public long InitialFen { get; } = initialFen;

    public long AvailableFen { get; set; } = initialFen;

    public long FrozenFen { get; set; }

    public Dictionary<string, GenericOrder> Orders { get; } = new(StringComparer.Ordinal);

    public List<GenericMovement> Movements { get; } = [];

    public void Reset()
    {
        AvailableFen = InitialFen;
        FrozenFen = 0;
        Orders.Clear();
        Movements.Clear();
    }
}
