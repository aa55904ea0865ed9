using AggregatedPayments.Data;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Dictionaries;

public sealed class ErrorDictionaryAppService(
    IRepository<ErrorDictionaryEntry> entries,
    ErrorDictionaryManager manager,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork) : IErrorDictionaryAppService
{
    public async Task<PagedResultDto<ErrorDictionaryEntryDto>> GetListAsync(GetErrorDictionaryListInput input, CancellationToken cancellationToken = default)
    {
        var query = entries.QueryNoTracking();
        if (input.IsPlatformEntry is { } isPlatform)
        {
            query = isPlatform
                ? query.Where(e => e.ChannelCode == ErrorDictionaryEntry.NoChannel)
                : query.Where(e => e.ChannelCode != ErrorDictionaryEntry.NoChannel);
        }

        if (!string.IsNullOrWhiteSpace(input.ChannelCode))
        {
            var channel = input.ChannelCode.Trim();
            query = query.Where(e => e.ChannelCode == channel);
        }

        if (!string.IsNullOrWhiteSpace(input.Code))
        {
            var code = input.Code.Trim();
            query = query.Where(e => e.Code == code);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(e => e.Code.Contains(filter) || e.ChannelErrorCode.Contains(filter));
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(
            query.OrderBy(e => e.ChannelCode).ThenBy(e => e.ChannelErrorCode).Skip(input.SkipCount).Take(input.MaxResultCount),
            cancellationToken);
        return new PagedResultDto<ErrorDictionaryEntryDto>(page.Select(DictionaryDtoMapper.ToDto).ToList(), total);
    }

    public async Task<ErrorDictionaryEntryDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        DictionaryDtoMapper.ToDto(await entries.GetAsync(id, cancellationToken));

    public async Task<ErrorDictionaryEntryDto> CreateAsync(CreateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default)
    {
        var entry = await manager.CreateAsync(
            input.Code,
            input.ChannelCode,
            input.ChannelErrorCode,
            input.MessageEn,
            input.MessageZhHans,
            new ErrorEntryFlags(input.IsRetryable, input.IsFinal, input.IsNeverAccepted),
            isBuiltIn: false,
            cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DictionaryDtoMapper.ToDto(entry);
    }

    public async Task<ErrorDictionaryEntryDto> UpdateAsync(Guid id, UpdateErrorDictionaryEntryDto input, CancellationToken cancellationToken = default)
    {
        var entry = await entries.GetAsync(id, cancellationToken);
        VersionCheck.Ensure(entry.Version, input.Version, nameof(ErrorDictionaryEntry));
        entry.Set(input.MessageEn, input.MessageZhHans, new ErrorEntryFlags(input.IsRetryable, input.IsFinal, input.IsNeverAccepted));
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return DictionaryDtoMapper.ToDto(entry);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await manager.DeleteAsync(await entries.GetAsync(id, cancellationToken), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}
