using System.Collections.Frozen;
using AggregatedPayments.Data;

namespace AggregatedPayments.Dictionaries;

/// <summary>Caches one channel's entries at a time: an adapter reads many codes of the same channel.</summary>
public sealed class ErrorDictionaryLookup(
    IRepository<ErrorDictionaryEntry> entries,
    IAsyncQueryExecuter executer,
    DictionaryCache cache) : IErrorDictionaryLookup
{
    public async Task<ErrorDictionaryEntryInfo?> FindAsync(string? channelCode, string channelErrorCode, CancellationToken cancellationToken = default)
    {
        var channel = string.IsNullOrWhiteSpace(channelCode) ? ErrorDictionaryEntry.NoChannel : channelCode;
        var byCode = await cache.GetOrLoadAsync("errors:" + channel, async () =>
        {
            var rows = await executer.ToListAsync(entries.QueryNoTracking().Where(e => e.ChannelCode == channel), cancellationToken);
            return rows.ToFrozenDictionary(e => e.ChannelErrorCode, ErrorDictionaryEntryInfo.From, StringComparer.Ordinal);
        });
        return byCode.GetValueOrDefault(channelErrorCode);
    }
}
