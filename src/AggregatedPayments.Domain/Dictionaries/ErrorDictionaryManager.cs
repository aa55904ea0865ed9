using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// Rules across error entries: one entry per (channel, channel error code), a channel code maps only
/// onto a platform code that exists, and a platform code stays while channel codes map onto it.
/// </summary>
public sealed class ErrorDictionaryManager(IRepository<ErrorDictionaryEntry> entries, IAsyncQueryExecuter executer)
{
    public async Task<ErrorDictionaryEntry> CreateAsync(
        string code,
        string? channelCode,
        string? channelErrorCode,
        string messageEn,
        string? messageZhHans,
        ErrorEntryFlags flags,
        bool isBuiltIn,
        CancellationToken cancellationToken)
    {
        var entry = new ErrorDictionaryEntry(Guid.NewGuid(), code, channelCode, channelErrorCode, messageEn, messageZhHans, flags, isBuiltIn);
        if (await FindAsync(entry.ChannelCode, entry.ChannelErrorCode, cancellationToken) is not null)
        {
            throw new ConflictException(DictionariesErrorCodes.ErrorEntryAlreadyExists)
                .WithData("channelCode", entry.ChannelCode)
                .WithData("channelErrorCode", entry.ChannelErrorCode);
        }

        if (!entry.IsPlatformEntry && await FindAsync(ErrorDictionaryEntry.NoChannel, entry.Code, cancellationToken) is null)
        {
            throw new BusinessException(DictionariesErrorCodes.UnknownPlatformCode).WithData("code", entry.Code);
        }

        await entries.InsertAsync(entry, cancellationToken);
        return entry;
    }

    /// <summary>The entry for a channel's error code, or with no channel for a platform code; read from the database, tracked.</summary>
    public Task<ErrorDictionaryEntry?> FindAsync(string? channelCode, string channelErrorCode, CancellationToken cancellationToken)
    {
        var channel = ErrorDictionaryEntry.ToStoredChannel(channelCode);
        return executer.FirstOrDefaultAsync(
            entries.Query().Where(e => e.ChannelCode == channel && e.ChannelErrorCode == channelErrorCode),
            cancellationToken);
    }

    public async Task DeleteAsync(ErrorDictionaryEntry entry, CancellationToken cancellationToken)
    {
        entry.EnsureCanBeDeleted();
        if (entry.IsPlatformEntry
            && await executer.AnyAsync(
                entries.QueryNoTracking().Where(e => e.Code == entry.Code && e.ChannelCode != ErrorDictionaryEntry.NoChannel),
                cancellationToken))
        {
            throw new ConflictException(DictionariesErrorCodes.PlatformCodeInUse).WithData("code", entry.Code);
        }

        entries.Delete(entry);
    }
}
