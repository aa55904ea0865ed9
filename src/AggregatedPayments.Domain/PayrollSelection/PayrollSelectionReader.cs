using System.Runtime.CompilerServices;
using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Resolves a selection set-based: counts of what cannot be chosen (grouped in the database), and the
/// choosable items read in pages in (blind index, reference) order — the order aggregation groups by, and
/// the same on every run. Ids given by hand are read a page of ids at a time.
/// </summary>
public sealed class PayrollSelectionReader(IRepository<PayrollItem> items, IAsyncQueryExecuter executer, ICurrentTenant currentTenant)
{
    private const int PageSize = PayrollSelectionConsts.ReadPageSize;

    public async Task<PayrollSkipCounts> CountUnchoosableAsync(PayrollSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var counts = new PayrollSkipCounts();
        if (selection.Kind != PayrollSelectionKind.Items)
        {
            Add(counts, await StatesAsync(selection.Filter.Apply(Mine()), cancellationToken));
            return counts;
        }

        var found = 0;
        foreach (var batch in selection.ItemIds.Chunk(PageSize))
        {
            var ids = batch.ToList();
            var states = await StatesAsync(items.QueryNoTracking().Where(i => ids.Contains(i.Id)), cancellationToken);
            found += states.Sum(s => s.Count);
            Add(counts, states);
        }

        counts.Add(PayrollSkipReason.NotFound, selection.ItemIds.Count - found);
        return counts;
    }

    public async IAsyncEnumerable<PayrollSelectedItem> ReadChoosableAsync(PayrollSelection selection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Kind == PayrollSelectionKind.Items)
        {
            // At most MaxItemIds rows, small ones: sorted here into the order the database gives a filter.
            var chosen = new List<PayrollSelectedItem>(selection.ItemIds.Count);
            foreach (var batch in selection.ItemIds.Chunk(PageSize))
            {
                var ids = batch.ToList();
                chosen.AddRange(await executer.ToListAsync(Project(Choosable(items.QueryNoTracking().Where(i => ids.Contains(i.Id)))), cancellationToken));
            }

            foreach (var item in chosen.OrderBy(i => i.AccountNumberIndex, StringComparer.Ordinal).ThenBy(i => i.MerchantReference, StringComparer.Ordinal))
            {
                yield return item;
            }

            yield break;
        }

        var query = Choosable(selection.Filter.Apply(Mine()));
        string? lastIndex = null;
        string? lastReference = null;
        while (true)
        {
            var page = query;
            if (lastIndex is not null)
            {
                // Both are key columns (binary collation): the database orders them as ordinal comparison does.
                page = page.Where(i => string.Compare(i.AccountNumberIndex, lastIndex) > 0
                                       || (i.AccountNumberIndex == lastIndex && string.Compare(i.MerchantReference, lastReference) > 0));
            }

            var rows = await executer.ToListAsync(Project(page.OrderBy(i => i.AccountNumberIndex).ThenBy(i => i.MerchantReference).Take(PageSize)), cancellationToken);
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < PageSize)
            {
                yield break;
            }

            (lastIndex, lastReference) = (rows[^1].AccountNumberIndex, rows[^1].MerchantReference);
        }
    }

    // The merchant named again, though the tenant filter holds it: SQLite then walks the indexes that start with the tenant.
    private IQueryable<PayrollItem> Mine()
    {
        var tenantId = currentTenant.Id;
        return items.QueryNoTracking().Where(i => i.TenantId == tenantId);
    }

    private static IQueryable<PayrollItem> Choosable(IQueryable<PayrollItem> query) =>
        query.Where(i => i.Status == PayrollItemStatus.Pending && i.IsValid);

    private static IQueryable<PayrollSelectedItem> Project(IQueryable<PayrollItem> query) =>
        query.Select(i => new PayrollSelectedItem(
            i.Id, i.MerchantReference, i.AccountNumberIndex, i.AccountNumberMasked, i.PayeeName, i.AccountType, i.BankCode, i.Currency, i.AmountMinor));

    private Task<List<StateCount>> StatesAsync(IQueryable<PayrollItem> query, CancellationToken cancellationToken) =>
        executer.ToListAsync(query.GroupBy(i => new { i.Status, i.IsValid }).Select(g => new StateCount(g.Key.Status, g.Key.IsValid, g.Count())), cancellationToken);

    private static void Add(PayrollSkipCounts counts, List<StateCount> states)
    {
        foreach (var state in states)
        {
            if (PayrollItem.WhyNotChoosable(state.Status, state.IsValid) is { } reason)
            {
                counts.Add(reason, state.Count);
            }
        }
    }

    private sealed record StateCount(PayrollItemStatus Status, bool IsValid, int Count);
}
