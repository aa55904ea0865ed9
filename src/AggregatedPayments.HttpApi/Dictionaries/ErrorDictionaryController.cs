using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Dictionaries;

[Route("api/error-dictionary")]
public sealed class ErrorDictionaryController(IErrorDictionaryAppService service) : AggregatedPaymentsController, IErrorDictionaryAppService
{
    [HttpGet]
    [Authorize(DictionariesPermissions.ErrorDictionary.Default)]
    public Task<PagedResultDto<ErrorDictionaryEntryDto>> GetListAsync([FromQuery] GetErrorDictionaryListInput input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(DictionariesPermissions.ErrorDictionary.Default)]
    public Task<ErrorDictionaryEntryDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(DictionariesPermissions.ErrorDictionary.Manage)]
    public Task<ErrorDictionaryEntryDto> CreateAsync(CreateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default) =>
        service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(DictionariesPermissions.ErrorDictionary.Manage)]
    public Task<ErrorDictionaryEntryDto> UpdateAsync(Guid id, UpdateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(DictionariesPermissions.ErrorDictionary.Manage)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.DeleteAsync(id, cancellationToken);
}
