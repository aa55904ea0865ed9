using AggregatedPayments.Data;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionaryAppService(
    IRepository<ServiceDictionary> dictionaries,
    DictionaryManager manager,
    IDictionaryLookup lookup,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork) : IDictionaryAppService
{
    public async Task<PagedResultDto<ServiceDictionaryDto>> GetListAsync(GetServiceDictionaryListInput input, CancellationToken cancellationToken = default)
    {
        var query = dictionaries.QueryNoTracking();
        if (input.IsActive is { } isActive)
        {
            query = query.Where(d => d.IsActive == isActive);
        }

        var total = await executer.CountAsync(query, cancellationToken);

        // Dictionaries are few and small: a page loads with its items, which gives the counts.
        var page = await executer.ToListAsync(
            query.OrderBy(d => d.Code).Skip(input.SkipCount).Take(input.MaxResultCount), cancellationToken);
        return new PagedResultDto<ServiceDictionaryDto>(page.Select(DictionaryDtoMapper.ToDto<ServiceDictionaryDto>).ToList(), total);
    }

    public async Task<ServiceDictionaryWithItemsDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        DictionaryDtoMapper.ToDtoWithItems(await dictionaries.GetAsync(id, cancellationToken));

    public async Task<PagedResultDto<DictionaryItemDto>> GetItemsAsync(string dictionaryCode, CancellationToken cancellationToken = default)
    {
        var items = await lookup.GetItemsAsync(dictionaryCode, cancellationToken);
        return new PagedResultDto<DictionaryItemDto>(items.Select(DictionaryDtoMapper.ToDto).ToList(), items.Count);
    }

    public async Task<ServiceDictionaryDto> CreateAsync(CreateServiceDictionaryDto input, CancellationToken cancellationToken = default)
    {
        var dictionary = await manager.CreateAsync(input.Code, input.NameEn, input.NameZhHans, input.Description, isBuiltIn: false, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DictionaryDtoMapper.ToDto<ServiceDictionaryDto>(dictionary);
    }

    public async Task<ServiceDictionaryDto> UpdateAsync(Guid id, UpdateServiceDictionaryDto input, CancellationToken cancellationToken = default)
    {
        var dictionary = await dictionaries.GetAsync(id, cancellationToken);
        VersionCheck.Ensure(dictionary.Version, input.Version, nameof(ServiceDictionary));
        dictionary.Set(input.NameEn, input.NameZhHans, input.Description, input.IsActive);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DictionaryDtoMapper.ToDto<ServiceDictionaryDto>(dictionary);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        manager.Delete(await dictionaries.GetAsync(id, cancellationToken));
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    public async Task<DictionaryItemDto> CreateItemAsync(Guid dictionaryId, CreateDictionaryItemDto input, CancellationToken cancellationToken = default)
    {
        var dictionary = await dictionaries.GetAsync(dictionaryId, cancellationToken);
        var item = dictionary.AddItem(input.Code, input.NameEn, input.NameZhHans, input.SortOrder, input.IsActive, input.Extra?.GetRawText());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DictionaryDtoMapper.ToDto(item);
    }

    public async Task<DictionaryItemDto> UpdateItemAsync(Guid dictionaryId, Guid itemId, UpdateDictionaryItemDto input, CancellationToken cancellationToken = default)
    {
        var dictionary = await dictionaries.GetAsync(dictionaryId, cancellationToken);
        VersionCheck.Ensure(dictionary.GetItem(itemId).Version, input.Version, nameof(DictionaryItem));
        var item = dictionary.UpdateItem(itemId, input.NameEn, input.NameZhHans, input.SortOrder, input.IsActive, input.Extra?.GetRawText());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DictionaryDtoMapper.ToDto(item);
    }

    public async Task DeleteItemAsync(Guid dictionaryId, Guid itemId, CancellationToken cancellationToken = default)
    {
        var dictionary = await dictionaries.GetAsync(dictionaryId, cancellationToken);
        dictionary.RemoveItem(itemId);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
