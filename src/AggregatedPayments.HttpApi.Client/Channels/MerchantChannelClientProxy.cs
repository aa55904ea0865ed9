using AggregatedPayments.Http;

namespace AggregatedPayments.Channels;

public sealed class MerchantChannelClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IMerchantChannelAppService
{
    private static string Path(Guid merchantId) => $"api/merchants/{merchantId}/channels";

    public Task<IReadOnlyList<MerchantChannelDto>> GetListAsync(Guid merchantId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MerchantChannelDto>>(Path(merchantId), cancellationToken);

    public Task<MerchantChannelDto> GetAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<MerchantChannelDto>($"{Path(merchantId)}/{id}", cancellationToken);

    public Task<MerchantChannelDto> CreateAsync(Guid merchantId, CreateMerchantChannelDto input, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantChannelDto>(Path(merchantId), input, cancellationToken);

    public Task<MerchantChannelDto> UpdateAsync(Guid merchantId, Guid id, UpdateMerchantChannelDto input, CancellationToken cancellationToken = default) =>
        PutAsync<MerchantChannelDto>($"{Path(merchantId)}/{id}", input, cancellationToken);

    public Task<ConnectionTestResultDto> TestConnectionAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<ConnectionTestResultDto>($"{Path(merchantId)}/{id}/test-connection", null, cancellationToken);

    public Task DeleteAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{Path(merchantId)}/{id}", cancellationToken);
}
