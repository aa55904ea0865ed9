using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;

namespace AggregatedPayments.Channels;

/// <summary>
/// A payment channel the platform connected: which provider's adapter serves it, which functions are
/// on and where they are called, the platform's parameter values (secrets only as ciphertext), the
/// currencies and limits. Opening it to merchants is a separate, merchant-owned configuration.
/// </summary>
[Audited]
public sealed class Channel : SoftDeleteAggregateRoot
{
    private readonly List<ChannelFunctionSetting> _functions = [];
    private readonly List<StoredParameter> _parameters = [];
    private readonly List<string> _currencies = [];

    private Channel()
    {
    }

    internal Channel(Guid id, string code, string name, string provider)
        : base(id)
    {
        Code = code;
        Name = name;
        Provider = provider;
        Status = ChannelStatus.Closed;
    }

    /// <summary>Compared byte for byte; merchants and reports name the channel by it.</summary>
    public string Code { get; private set; } = null!;

    public string Name { get; private set; } = null!;

    /// <summary>The adapter's provider name; fixed once created, since stored keys and requests are in its format.</summary>
    public string Provider { get; private set; } = null!;

    /// <summary>A new channel starts closed, so it is configured completely before anything is paid through it.</summary>
    public ChannelStatus Status { get; private set; }

    public long? SingleLimitMinor { get; private set; }

    public long? DailyLimitMinor { get; private set; }

    public IReadOnlyCollection<string> Currencies => _currencies;

    public IReadOnlyCollection<ChannelFunctionSetting> Functions => _functions;

    public IReadOnlyCollection<StoredParameter> Parameters => _parameters;

    public void Rename(string name) => Name = name;

    public void Open() => Status = ChannelStatus.Open;

    public void Close() => Status = ChannelStatus.Closed;

    internal void SetLimits(long? singleLimitMinor, long? dailyLimitMinor)
    {
        SingleLimitMinor = singleLimitMinor;
        DailyLimitMinor = dailyLimitMinor;
    }

    internal void SetCurrencies(IEnumerable<string> currencies)
    {
        _currencies.Clear();
        _currencies.AddRange(currencies);
    }

    internal void SetFunctions(IEnumerable<ChannelFunctionSetting> functions)
    {
        _functions.Clear();
        _functions.AddRange(functions);
    }

    internal void SetParameters(IEnumerable<StoredParameter> parameters)
    {
        _parameters.Clear();
        _parameters.AddRange(parameters);
    }
}
