using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

public sealed class ChannelAppService(
    IRepository<Channel> channels,
    IRepository<MerchantChannel> merchantChannels,
    IAsyncQueryExecuter executer,
    IDataFilter dataFilter,
    ChannelManager channelManager,
    ChannelAdapterRegistry adapters,
    ChannelInFlightCheck inFlightCheck,
    IUnitOfWork unitOfWork) : IChannelAppService
{
    public Task<IReadOnlyList<ChannelProviderDto>> GetProvidersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ChannelProviderDto>>(adapters.All.OrderBy(a => a.Provider, StringComparer.Ordinal).Select(ChannelDtoMapper.ToDto).ToList());

    public async Task<PagedResultDto<ChannelDto>> GetListAsync(GetChannelListInput input, CancellationToken cancellationToken = default)
    {
        var query = channels.QueryNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(c => c.Code.Contains(filter) || c.Name.Contains(filter));
        }

        if (input.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(query.OrderBy(c => c.Code).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<ChannelDto>(page.Select(ChannelDtoMapper.ToDto).ToList(), total);
    }

    public async Task<ChannelDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChannelDtoMapper.ToDto(await channels.GetAsync(id, cancellationToken));

    public async Task<ChannelDto> CreateAsync(CreateChannelDto input, CancellationToken cancellationToken = default)
    {
        var channel = await channelManager.CreateAsync(input.Code.Trim(), input.Name.Trim(), input.Provider.Trim(), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ChannelDtoMapper.ToDto(channel);
    }

    public async Task<ChannelDto> UpdateAsync(Guid id, UpdateChannelDto input, CancellationToken cancellationToken = default)
    {
        var channel = await GetCurrentAsync(id, input.Version, cancellationToken);
        channel.Rename(input.Name.Trim());
        channelManager.Configure(
            channel,
            input.Currencies.Select(c => c.Trim().ToUpperInvariant()).ToList(),
            input.Functions.Select(ChannelDtoMapper.FromDto).ToList(),
            input.SingleLimitMinor,
            input.DailyLimitMinor);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ChannelDtoMapper.ToDto(channel);
    }

    public async Task<ChannelDto> UpdateParametersAsync(Guid id, UpdateChannelParametersDto input, CancellationToken cancellationToken = default)
    {
        var channel = await channels.GetAsync(id, cancellationToken);
        await channelManager.SetParametersAsync(channel, input.Values, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ChannelDtoMapper.ToDto(channel);
    }

    public Task<ChannelDto> OpenAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, c => c.Open(), cancellationToken);

    public Task<ChannelDto> CloseAsync(Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, c => c.Close(), cancellationToken);

    /// <summary>A soft delete, only while the channel is open to no merchant and no payout on it is in flight; otherwise it can be closed.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var channel = await channels.GetAsync(id, cancellationToken);
        bool inUse;
        using (dataFilter.DisableMultiTenantFilter())
        {
            inUse = await executer.AnyAsync(merchantChannels.QueryNoTracking().Where(m => m.ChannelId == id), cancellationToken);
        }

        if (inUse)
        {
            throw new BusinessException(ChannelsErrorCodes.ChannelInUse);
        }

        await inFlightCheck.EnsureNoneForChannelAsync(id, cancellationToken);
        channels.Delete(channel);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<ChannelDto> ChangeAsync(Guid id, Action<Channel> change, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(id, cancellationToken);
        change(channel);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ChannelDtoMapper.ToDto(channel);
    }

    private async Task<Channel> GetCurrentAsync(Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(id, cancellationToken);
        return channel.Version == expectedVersion ? channel : throw new ConflictException(ErrorCodes.ConcurrencyConflict);
    }
}
