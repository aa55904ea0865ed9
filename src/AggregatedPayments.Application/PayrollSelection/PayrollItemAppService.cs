using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Payroll;

/// <summary>
/// A merchant's pending payouts, inside its tenant: filtered and paged newest first (counted on the first page only,
/// so a large list is not counted again on every page), read one by one with masked account numbers, and set aside.
/// </summary>
public sealed class PayrollItemAppService(
    IRepository<PayrollItem> items,
    IRepository<PayrollDiscardedItem> discardedItems,
    IRepository<PayrollDiscard> discards,
    IAsyncQueryExecuter executer,
    PayrollDiscardManager discardManager,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IPayrollItemAppService
{
    public async Task<PagedResultDto<PayrollItemDto>> GetListAsync(GetPayrollItemListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        // The merchant named again, though the tenant filter holds it: SQLite can then use the (tenant, status, validity, time) index.
        var tenantId = currentTenant.Id;
        var query = PayrollSelectionInput.Filter(input).Apply(items.QueryNoTracking().Where(i => i.TenantId == tenantId));
        var total = string.IsNullOrWhiteSpace(input.Cursor) ? await executer.CountAsync(query, cancellationToken) : PayrollSelectionConsts.NotCounted;
        var size = Math.Clamp(input.MaxResultCount, 1, GetPayrollItemListInput.MaxPageSize);
        var (page, next) = KeysetPaging.Split(await executer.ToListAsync(KeysetPaging.NewestFirstAfter(query, input.Cursor, size), cancellationToken), size);
        var reasons = await DiscardReasonsAsync(page, cancellationToken);
        return new PagedResultDto<PayrollItemDto>(page.Select(i => PayrollSelectionDtoMapper.ToDto(i, reasons.GetValueOrDefault(i.Id))).ToList(), total, next);
    }

    public async Task<PayrollItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var item = await executer.FirstOrDefaultAsync(items.QueryNoTracking().Where(i => i.Id == id), cancellationToken)
                   ?? throw new EntityNotFoundException(nameof(PayrollItem), id);
        var reasons = await DiscardReasonsAsync([item], cancellationToken);
        return PayrollSelectionDtoMapper.ToDto(item, reasons.GetValueOrDefault(item.Id));
    }

    public async Task<PayrollDiscardResultDto> DiscardAsync(DiscardPayrollItemsDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var result = await discardManager.DiscardAsync(PayrollSelectionInput.Selection(input.Selection), input.Reason, currentUser.UserName ?? "api", cancellationToken);
        return new PayrollDiscardResultDto(result.Discard.Id, result.Discard.Reason, result.Discard.DiscardedCount, PayrollSelectionDtoMapper.Skipped(r => result.Skipped[r]));
    }

    private async Task<Dictionary<Guid, string>> DiscardReasonsAsync(IReadOnlyList<PayrollItem> page, CancellationToken cancellationToken)
    {
        var ids = page.Where(i => i.Status == PayrollItemStatus.Discarded).Select(i => i.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var reasons = await executer.ToListAsync(
            from link in discardedItems.QueryNoTracking()
            where ids.Contains(link.ItemId)
            join discard in discards.QueryNoTracking() on link.DiscardId equals discard.Id
            select new { link.ItemId, discard.Reason },
            cancellationToken);
        return reasons.ToDictionary(r => r.ItemId, r => r.Reason);
    }

    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);
        }
    }
}
