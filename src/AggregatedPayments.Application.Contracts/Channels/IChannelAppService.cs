using AggregatedPayments.Dtos;

namespace AggregatedPayments.Channels;

/// <summary>The platform's channels: defined, configured and opened by host administrators.</summary>
public interface IChannelAppService
{
    Task<IReadOnlyList<ChannelProviderDto>> GetProvidersAsync(CancellationToken cancellationToken = default);

    Task<PagedResultDto<ChannelDto>> GetListAsync(GetChannelListInput input, CancellationToken cancellationToken = default);

    Task<ChannelDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A new channel is closed, with every function its adapter offers switched off.</summary>
    Task<ChannelDto> CreateAsync(CreateChannelDto input, CancellationToken cancellationToken = default);

    Task<ChannelDto> UpdateAsync(Guid id, UpdateChannelDto input, CancellationToken cancellationToken = default);

    Task<ChannelDto> UpdateParametersAsync(Guid id, UpdateChannelParametersDto input, CancellationToken cancellationToken = default);

    Task<ChannelDto> OpenAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ChannelDto> CloseAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
