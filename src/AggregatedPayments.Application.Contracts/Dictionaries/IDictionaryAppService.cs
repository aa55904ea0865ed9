using AggregatedPayments.Dtos;

namespace AggregatedPayments.Dictionaries;

/// <summary>Service dictionaries: read by platform and merchants alike, changed by the platform only.</summary>
public interface IDictionaryAppService
{
    Task<PagedResultDto<ServiceDictionaryDto>> GetListAsync(GetServiceDictionaryListInput input, CancellationToken cancellationToken = default);

    /// <summary>The dictionary with every item, active or not.</summary>
    Task<ServiceDictionaryWithItemsDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The active items of an active dictionary in display order, for forms; the whole list, as a dictionary is small.</summary>
    Task<PagedResultDto<DictionaryItemDto>> GetItemsAsync(string dictionaryCode, CancellationToken cancellationToken = default);

    Task<ServiceDictionaryDto> CreateAsync(CreateServiceDictionaryDto input, CancellationToken cancellationToken = default);

    Task<ServiceDictionaryDto> UpdateAsync(Guid id, UpdateServiceDictionaryDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task<DictionaryItemDto> CreateItemAsync(Guid dictionaryId, CreateDictionaryItemDto input, CancellationToken cancellationToken = default);

    Task<DictionaryItemDto> UpdateItemAsync(Guid dictionaryId, Guid itemId, UpdateDictionaryItemDto input, CancellationToken cancellationToken = default);

    Task DeleteItemAsync(Guid dictionaryId, Guid itemId, CancellationToken cancellationToken = default);
}
