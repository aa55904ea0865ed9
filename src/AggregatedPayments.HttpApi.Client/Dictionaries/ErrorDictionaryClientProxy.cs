using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Dictionaries;

public sealed class ErrorDictionaryClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IErrorDictionaryAppService
{
    private const string BasePath = "api/error-dictionary";

    public Task<PagedResultDto<ErrorDictionaryEntryDto>> GetListAsync(GetErrorDictionaryListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<ErrorDictionaryEntryDto>>(
            WithQuery(BasePath,
                (nameof(input.ChannelCode), input.ChannelCode),
                (nameof(input.IsPlatformEntry), input.IsPlatformEntry),
                (nameof(input.Code), input.Code),
                (nameof(input.Filter), input.Filter),
                (nameof(input.SkipCount), input.SkipCount),
                (nameof(input.MaxResultCount), input.MaxResultCount)),
            cancellationToken);

    public Task<ErrorDictionaryEntryDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<ErrorDictionaryEntryDto>($"{BasePath}/{id}", cancellationToken);

    public Task<ErrorDictionaryEntryDto> CreateAsync(CreateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default) =>
        PostAsync<ErrorDictionaryEntryDto>(BasePath, input, cancellationToken);

    public Task<ErrorDictionaryEntryDto> UpdateAsync(Guid id, UpdateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default) =>
        PutAsync<ErrorDictionaryEntryDto>($"{BasePath}/{id}", input, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{BasePath}/{id}", cancellationToken);
}
