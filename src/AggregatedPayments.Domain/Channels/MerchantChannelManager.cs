using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Channels;

/// <summary>
/// Opens channels to merchants, inside the merchant's tenant: only functions the channel has switched
/// on, limits within the channel's, the merchant's parameters checked against the adapter's schema.
/// </summary>
public sealed class MerchantChannelManager(
    IRepository<MerchantChannel> merchantChannels,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    ChannelAdapterRegistry adapters,
    ChannelParameterProtector protector)
{
    /// <summary>Opens <paramref name="channel"/> to the current tenant; the caller has changed into it.</summary>
    public async Task<MerchantChannel> CreateAsync(Channel channel, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("A channel is opened to a merchant inside its tenant.");
        if (await executer.AnyAsync(merchantChannels.QueryNoTracking().Where(m => m.ChannelId == channel.Id), cancellationToken))
        {
            throw new ConflictException(ChannelsErrorCodes.AlreadyOpenToMerchant);
        }

        var merchantChannel = new MerchantChannel(Guid.NewGuid(), tenantId, channel.Id);
        await merchantChannels.InsertAsync(merchantChannel, cancellationToken);
        return merchantChannel;
    }

    public void Configure(
        MerchantChannel merchantChannel,
        Channel channel,
        ChannelFunctions functions,
        int priority,
        int weight,
        long? singleLimitMinor,
        long? dailyLimitMinor,
        TradingHours? tradingHours)
    {
        var enabledOnChannel = channel.Functions.Where(f => f.IsEnabled).Aggregate(ChannelFunctions.None, (all, f) => all | f.Function);
        var missing = Enum.GetValues<ChannelFunctions>().FirstOrDefault(f => f != ChannelFunctions.None && functions.HasFlag(f) && !enabledOnChannel.HasFlag(f));
        if (missing != ChannelFunctions.None)
        {
            throw new BusinessException(ChannelsErrorCodes.FunctionNotEnabledOnChannel).WithData("function", missing);
        }

        ChannelLimits.Validate(singleLimitMinor, dailyLimitMinor);
        if (Exceeds(singleLimitMinor, channel.SingleLimitMinor) || Exceeds(dailyLimitMinor, channel.DailyLimitMinor))
        {
            throw new BusinessException(ChannelsErrorCodes.LimitAboveChannelLimit);
        }

        if (weight is < 1 or > 100)
        {
            throw new InvalidInputException(nameof(MerchantChannel.Weight), "The weight is a whole number from 1 to 100.");
        }

        merchantChannel.Configure(functions, priority, weight, singleLimitMinor, dailyLimitMinor, tradingHours);
    }

    /// <summary>Applies the merchant's parameter changes (see <see cref="ChannelParameterProtector.ApplyAsync"/>).</summary>
    public async Task SetParametersAsync(MerchantChannel merchantChannel, Channel channel, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken) =>
        merchantChannel.SetParameters(await protector.ApplyAsync(
            adapters.Get(channel.Provider).Parameters, ParameterSupplier.Merchant, merchantChannel.Parameters, changes, Owner(merchantChannel), cancellationToken));

    /// <summary>The merchant's values in clear, for the adapter call that needs them; never for a response.</summary>
    public Task<Dictionary<string, string>> DecryptParametersAsync(MerchantChannel merchantChannel, CancellationToken cancellationToken) =>
        protector.DecryptAsync(merchantChannel.Parameters, Owner(merchantChannel), cancellationToken);

    private static string Owner(MerchantChannel merchantChannel) => $"MerchantChannel:{merchantChannel.Id:N}";

    // A merchant's limit may only narrow the channel's; no limit on the merchant means the channel's applies.
    private static bool Exceeds(long? merchantLimit, long? channelLimit) => merchantLimit is { } mine && channelLimit is { } theirs && mine > theirs;
}
