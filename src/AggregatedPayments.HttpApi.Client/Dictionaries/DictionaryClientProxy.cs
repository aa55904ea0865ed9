using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionaryClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IDictionaryAppService
{
    private const string BasePath = "api/dictionaries";

    public Task<PagedResultDto<ServiceDictionaryDto>> GetListAsync(GetServiceDictionaryListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<ServiceDictionaryDto>>(
            WithQuery(BasePath,
                (nameof(input.IsActive), input.IsActive),
                (nameof(input.SkipCount), input.SkipCount),
                (nameof(input.MaxResultCount), input.MaxResultCount)),
            cancellationToken);

    public Task<ServiceDictionaryWithItemsDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<ServiceDictionaryWithItemsDto>($"{BasePath}/{id}", cancellationToken);

    public Task<PagedResultDto<DictionaryItemDto>> GetItemsAsync(string dictionaryCode, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<DictionaryItemDto>>($"{BasePath}/by-code/{Uri.EscapeDataString(dictionaryCode)}/items", cancellationToken);

    public Task<ServiceDictionaryDto> CreateAsync(CreateServiceDictionaryDto input, CancellationToken cancellationToken = default) =>
        PostAsync<ServiceDictionaryDto>(BasePath, input, cancellationToken);

    public Task<ServiceDictionaryDto> UpdateAsync(Guid id, UpdateServiceDictionaryDto input, CancellationToken cancellationToken = default) =>
        PutAsync<ServiceDictionaryDto>($"{BasePath}/{id}", input, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{BasePath}/{id}", cancellationToken);

    public Task<DictionaryItemDto> CreateItemAsync(Guid dictionaryId, CreateDictionaryItemDto input, CancellationToken cancellationToken = default) =>
        PostAsync<DictionaryItemDto>($"{BasePath}/{dictionaryId}/items", input, cancellationToken);

    public Task<DictionaryItemDto> UpdateItemAsync(Guid dictionaryId, Guid itemId, UpdateDictionaryItemDto input, CancellationToken cancellationToken = default) =>
        PutAsync<DictionaryItemDto>($"{BasePath}/{dictionaryId}/items/{itemId}", input, cancellationToken);

    public Task DeleteItemAsync(Guid dictionaryId, Guid itemId, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{BasePath}/{dictionaryId}/items/{itemId}", cancellationToken);
}
