using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Channels;

public sealed class ChannelClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IChannelAppService
{
    private const string Path = "api/channels";

    public Task<IReadOnlyList<ChannelProviderDto>> GetProvidersAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<ChannelProviderDto>>($"{Path}/providers", cancellationToken);

    public Task<PagedResultDto<ChannelDto>> GetListAsync(GetChannelListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<ChannelDto>>(
            WithQuery(Path, ("filter", input.Filter), ("status", input.Status), ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)),
            cancellationToken);

    public Task<ChannelDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<ChannelDto>($"{Path}/{id}", cancellationToken);

    public Task<ChannelDto> CreateAsync(CreateChannelDto input, CancellationToken cancellationToken = default) =>
        PostAsync<ChannelDto>(Path, input, cancellationToken);

    public Task<ChannelDto> UpdateAsync(Guid id, UpdateChannelDto input, CancellationToken cancellationToken = default) =>
        PutAsync<ChannelDto>($"{Path}/{id}", input, cancellationToken);

    public Task<ChannelDto> UpdateParametersAsync(Guid id, UpdateChannelParametersDto input, CancellationToken cancellationToken = default) =>
        PutAsync<ChannelDto>($"{Path}/{id}/parameters", input, cancellationToken);

    public Task<ChannelDto> OpenAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<ChannelDto>($"{Path}/{id}/open", null, cancellationToken);

    public Task<ChannelDto> CloseAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<ChannelDto>($"{Path}/{id}/close", null, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{Path}/{id}", cancellationToken);
}
