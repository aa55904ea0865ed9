using AggregatedPayments.ChannelCallbacks;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Channels;

/// <summary>Works inside the named merchant's tenant, so the rows are the merchant's and nobody else's queries see them.</summary>
public sealed class MerchantChannelAppService(
    IRepository<Merchant> merchants,
    IRepository<Channel> channels,
    IRepository<MerchantChannel> merchantChannels,
    IAsyncQueryExecuter executer,
    MerchantChannelManager manager,
    ChannelConnectionTester connectionTester,
    ICurrentTenant currentTenant,
    ChannelCallbackAddresses callbackAddresses,
    ChannelInFlightCheck inFlightCheck,
    MerchantChannelLedgerAccounts ledgerAccounts,
    IUnitOfWork unitOfWork) : IMerchantChannelAppService
{
    public async Task<IReadOnlyList<MerchantChannelDto>> GetListAsync(Guid merchantId, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(merchantId, cancellationToken);
        using (currentTenant.Change(merchantId))
        {
            var rows = await executer.ToListAsync(merchantChannels.QueryNoTracking().OrderBy(m => m.Priority).ThenBy(m => m.CreationTime), cancellationToken);
            return rows.Select(m => Map(merchantId, m)).ToList();
        }
    }

    public async Task<MerchantChannelDto> GetAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(merchantId, cancellationToken);
        using (currentTenant.Change(merchantId))
        {
            return Map(merchantId, await merchantChannels.GetAsync(id, cancellationToken));
        }
    }

    public async Task<MerchantChannelDto> CreateAsync(Guid merchantId, CreateMerchantChannelDto input, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(merchantId, cancellationToken);
        var channel = await channels.GetAsync(input.ChannelId, cancellationToken);
        using (currentTenant.Change(merchantId))
        {
            var merchantChannel = await manager.CreateAsync(channel, cancellationToken);
            await ApplyAsync(merchantChannel, channel, input, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await ledgerAccounts.EnsureAsync(merchantChannel, channel, cancellationToken);
            return Map(merchantId, merchantChannel);
        }
    }

    public async Task<MerchantChannelDto> UpdateAsync(Guid merchantId, Guid id, UpdateMerchantChannelDto input, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(merchantId, cancellationToken);
        using (currentTenant.Change(merchantId))
        {
            var merchantChannel = await merchantChannels.GetAsync(id, cancellationToken);
            if (merchantChannel.Version != input.Version)
            {
                throw new ConflictException(ErrorCodes.ConcurrencyConflict);
            }

            var channel = await channels.GetAsync(merchantChannel.ChannelId, cancellationToken);
            await ApplyAsync(merchantChannel, channel, input, cancellationToken);
            if (input.IsOpen)
            {
                merchantChannel.Open();
            }
            else
            {
                merchantChannel.Close();
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);

            // The channel may have gained currencies since it was opened to the merchant.
            await ledgerAccounts.EnsureAsync(merchantChannel, channel, cancellationToken);
            return Map(merchantId, merchantChannel);
        }
    }

    public async Task DeleteAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(merchantId, cancellationToken);
        using (currentTenant.Change(merchantId))
        {
            var merchantChannel = await merchantChannels.GetAsync(id, cancellationToken);
            await inFlightCheck.EnsureNoneForMerchantChannelAsync(merchantChannel.Id, cancellationToken);
            merchantChannel.Close();
            merchantChannels.Delete(merchantChannel);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<ConnectionTestResultDto> TestConnectionAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default)
    {
        await merchants.GetAsync(merchantId, cancellationToken);
        using (currentTenant.Change(merchantId))
        {
            var merchantChannel = await merchantChannels.GetAsync(id, cancellationToken);
            var channel = await channels.GetAsync(merchantChannel.ChannelId, cancellationToken);
            var result = await connectionTester.TestAsync(channel, merchantChannel, cancellationToken);
            return new ConnectionTestResultDto(result.Succeeded, result.Function.ToString(), result.Outcome, result.DurationMs);
        }
    }

    private async Task ApplyAsync(MerchantChannel merchantChannel, Channel channel, MerchantChannelInput input, CancellationToken cancellationToken)
    {
        manager.Configure(
            merchantChannel,
            channel,
            ChannelFunctionNames.Parse(input.Functions, nameof(MerchantChannelInput.Functions)),
            input.Priority,
            input.Weight,
            input.SingleLimitMinor,
            input.DailyLimitMinor,
            MerchantChannelInputParser.Hours(input.TradingStart, input.TradingEnd));
        await manager.SetParametersAsync(merchantChannel, channel, input.Parameters, cancellationToken);
    }

    private MerchantChannelDto Map(Guid merchantId, MerchantChannel m) => new(
        m.Id,
        merchantId,
        m.ChannelId,
        ChannelFunctionNames.Of(m.Functions),
        m.Priority,
        m.Weight,
        m.SingleLimitMinor,
        m.DailyLimitMinor,
        MerchantChannelInputParser.Format(m.TradingHours?.Start),
        MerchantChannelInputParser.Format(m.TradingHours?.End),
        m.Status,
        ChannelParameterProtector.Masked(m.Parameters),
        m.Version)
    {
        CallbackUrl = m.Functions.HasFlag(ChannelFunctions.Notification) ? callbackAddresses.For(m.Id).ToString() : null
    };
}
