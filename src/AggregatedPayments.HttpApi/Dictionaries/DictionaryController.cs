using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Dictionaries;

[Route("api/dictionaries")]
public sealed class DictionaryController(IDictionaryAppService service) : AggregatedPaymentsController, IDictionaryAppService
{
    [HttpGet]
    [Authorize(DictionariesPermissions.Dictionaries.Default)]
    public Task<PagedResultDto<ServiceDictionaryDto>> GetListAsync([FromQuery] GetServiceDictionaryListInput input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(DictionariesPermissions.Dictionaries.Default)]
    public Task<ServiceDictionaryWithItemsDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.GetAsync(id, cancellationToken);

    [HttpGet("by-code/{dictionaryCode}/items")]
    [Authorize(DictionariesPermissions.Dictionaries.Default)]
    public Task<PagedResultDto<DictionaryItemDto>> GetItemsAsync(string dictionaryCode, CancellationToken cancellationToken = default) =>
        service.GetItemsAsync(dictionaryCode, cancellationToken);

    [HttpPost]
    [Authorize(DictionariesPermissions.Dictionaries.Manage)]
    public Task<ServiceDictionaryDto> CreateAsync(CreateServiceDictionaryDto input, CancellationToken cancellationToken = default) =>
        service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(DictionariesPermissions.Dictionaries.Manage)]
    public Task<ServiceDictionaryDto> UpdateAsync(Guid id, UpdateServiceDictionaryDto input, CancellationToken cancellationToken = default) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(DictionariesPermissions.Dictionaries.Manage)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.DeleteAsync(id, cancellationToken);

    [HttpPost("{dictionaryId:guid}/items")]
    [Authorize(DictionariesPermissions.Dictionaries.Manage)]
    public Task<DictionaryItemDto> CreateItemAsync(Guid dictionaryId, CreateDictionaryItemDto input, CancellationToken cancellationToken = default) =>
        service.CreateItemAsync(dictionaryId, input, cancellationToken);

    [HttpPut("{dictionaryId:guid}/items/{itemId:guid}")]
    [Authorize(DictionariesPermissions.Dictionaries.Manage)]
    public Task<DictionaryItemDto> UpdateItemAsync(Guid dictionaryId, Guid itemId, UpdateDictionaryItemDto input, CancellationToken cancellationToken = default) =>
        service.UpdateItemAsync(dictionaryId, itemId, input, cancellationToken);

    [HttpDelete("{dictionaryId:guid}/items/{itemId:guid}")]
    [Authorize(DictionariesPermissions.Dictionaries.Manage)]
    public Task DeleteItemAsync(Guid dictionaryId, Guid itemId, CancellationToken cancellationToken = default) =>
        service.DeleteItemAsync(dictionaryId, itemId, cancellationToken);
}
