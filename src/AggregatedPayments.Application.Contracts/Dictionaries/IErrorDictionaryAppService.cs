using AggregatedPayments.Dtos;

namespace AggregatedPayments.Dictionaries;

/// <summary>The error dictionary: platform codes and the channel codes mapped onto them. Read by both sides, changed by the platform.</summary>
public interface IErrorDictionaryAppService
{
    Task<PagedResultDto<ErrorDictionaryEntryDto>> GetListAsync(GetErrorDictionaryListInput input, CancellationToken cancellationToken = default);

    Task<ErrorDictionaryEntryDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ErrorDictionaryEntryDto> CreateAsync(CreateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default);

    Task<ErrorDictionaryEntryDto> UpdateAsync(Guid id, UpdateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
