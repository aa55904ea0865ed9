using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Channels;

/// <summary>
/// A channel opened to one merchant by the platform: which of the channel's functions it may use, the
/// merchant's own parameter values (secrets only as ciphertext), routing priority and weight, limits
/// and trading hours. Owned by the merchant's tenant, so nobody else's queries ever see it.
/// </summary>
[Audited]
public sealed class MerchantChannel : SoftDeleteAggregateRoot, IMultiTenant
{
    private readonly List<StoredParameter> _parameters = [];

    private MerchantChannel()
    {
    }

    internal MerchantChannel(Guid id, Guid tenantId, Guid channelId)
        : base(id)
    {
        TenantId = tenantId;
        ChannelId = channelId;
        Status = ChannelStatus.Closed;
        Weight = 1;
    }

    public Guid? TenantId { get; private set; }

    public Guid ChannelId { get; private set; }

    public ChannelFunctions Functions { get; private set; }

    /// <summary>Lower goes first when routing chooses among a merchant's channels.</summary>
    public int Priority { get; private set; }

    /// <summary>Among channels of equal priority, the share of payouts each takes.</summary>
    public int Weight { get; private set; }

    public long? SingleLimitMinor { get; private set; }

    public long? DailyLimitMinor { get; private set; }

    public TradingHours? TradingHours { get; private set; }

    public ChannelStatus Status { get; private set; }

    public IReadOnlyCollection<StoredParameter> Parameters => _parameters;

    public void Open() => Status = ChannelStatus.Open;

    public void Close() => Status = ChannelStatus.Closed;

    internal void Configure(ChannelFunctions functions, int priority, int weight, long? singleLimitMinor, long? dailyLimitMinor, TradingHours? tradingHours)
    {
        Functions = functions;
        Priority = priority;
        Weight = weight;
        SingleLimitMinor = singleLimitMinor;
        DailyLimitMinor = dailyLimitMinor;
        TradingHours = tradingHours;
    }

    internal void SetParameters(IEnumerable<StoredParameter> parameters)
    {
        _parameters.Clear();
        _parameters.AddRange(parameters);
    }
}
