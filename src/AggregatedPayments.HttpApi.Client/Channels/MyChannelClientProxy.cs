using AggregatedPayments.Http;

namespace AggregatedPayments.Channels;

public sealed class MyChannelClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IMyChannelAppService
{
    public Task<IReadOnlyList<MyChannelDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MyChannelDto>>("api/my-channels", cancellationToken);
}
