using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Merchants;

public sealed class MerchantClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IMerchantAppService
{
    private const string Path = "api/merchants";

    public Task<PagedResultDto<MerchantDto>> GetListAsync(GetMerchantListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MerchantDto>>(
            WithQuery(Path, ("filter", input.Filter), ("status", input.Status), ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)),
            cancellationToken);

    public Task<MerchantDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<MerchantDto>($"{Path}/{id}", cancellationToken);

    public Task<MerchantDto> CreateAsync(CreateMerchantDto input, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantDto>(Path, input, cancellationToken);

    public Task<MerchantDto> UpdateAsync(Guid id, UpdateMerchantDto input, CancellationToken cancellationToken = default) =>
        PutAsync<MerchantDto>($"{Path}/{id}", input, cancellationToken);

    public Task<MerchantDto> SuspendAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantDto>($"{Path}/{id}/suspend", null, cancellationToken);

    public Task<MerchantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantDto>($"{Path}/{id}/activate", null, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{Path}/{id}", cancellationToken);
}
