using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Ledger;

/// <summary>The merchant's ledger, read inside its tenant; another merchant's channel answers 404.</summary>
public sealed class LedgerAppService(
    IRepository<LedgerBalance> balances,
    IRepository<LedgerPosting> postings,
    IRepository<PayoutAttempt> attempts,
    IRepository<MerchantChannel> merchantChannels,
    MerchantChannelBalanceSync balanceSync,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant) : ILedgerAppService
{
    public async Task<IReadOnlyList<LedgerBalanceDto>> GetBalancesAsync(CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var rows = await executer.ToListAsync(balances.QueryNoTracking().OrderBy(b => b.MerchantChannelId).ThenBy(b => b.Currency), cancellationToken);
        return rows.Select(LedgerDtoMapper.ToDto).ToList();
    }

    public async Task<PagedResultDto<LedgerPostingDto>> GetPostingsAsync(GetLedgerPostingListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = LedgerPostingListFilter.Apply(postings.QueryNoTracking(), attempts.QueryNoTracking(), input);
        var total = await executer.CountAsync(query, cancellationToken);
        if (KeysetCursor.Parse(input.Cursor) is { } after)
        {
            query = query.Where(p => p.Time < after.Time || (p.Time == after.Time && p.Id.CompareTo(after.Id) < 0));
        }

        var size = Math.Clamp(input.MaxResultCount, 1, GetLedgerPostingListInput.MaxPageSize);
        var page = await executer.ToListAsync(query.OrderByDescending(p => p.Time).ThenByDescending(p => p.Id).Take(size + 1), cancellationToken);
        var items = page.Take(size).ToList();
        var sources = items.Select(p => p.SourceId).Distinct().ToList();
        var orderOf = (await executer.ToListAsync(attempts.QueryNoTracking().Where(a => sources.Contains(a.Id)), cancellationToken))
            .ToDictionary(a => a.Id, a => a.OrderId);
        var dtos = items.Select(p => LedgerDtoMapper.ToDto(p, orderOf.TryGetValue(p.SourceId, out var order) ? order : null)).ToList();
        var next = page.Count > size ? new KeysetCursor(items[^1].Time, items[^1].Id).ToString() : null;
        return new PagedResultDto<LedgerPostingDto>(dtos, total, next);
    }

    public async Task<LedgerSyncDto> SyncAsync(Guid merchantChannelId, CancellationToken cancellationToken = default)
    {
        RequireMerchant();

        // Found inside the merchant first: another merchant's channel is a 404 before any provider is asked.
        await merchantChannels.GetAsync(merchantChannelId, cancellationToken);
        var results = await balanceSync.SyncAsync(merchantChannelId, null, cancellationToken);
        var rows = await executer.ToListAsync(
            balances.QueryNoTracking().Where(b => b.MerchantChannelId == merchantChannelId).OrderBy(b => b.Currency), cancellationToken);
        return new LedgerSyncDto(
            results.Select(r => new LedgerSyncResultDto(r.Currency, r.ProviderAvailableMinor, r.AvailableMinor, r.Outcome?.ToString(), r.Reason)).ToList(),
            rows.Select(LedgerDtoMapper.ToDto).ToList());
    }

    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(PayoutsErrorCodes.ActInsideMerchant);
        }
    }
}
