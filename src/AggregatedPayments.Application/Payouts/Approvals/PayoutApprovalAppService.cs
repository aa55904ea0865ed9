using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The approval queue and the decisions on it, inside the merchant's tenant. A decision and what it does to
/// the order (started, cancelled) commit together; a refusal that voids the approval commits the void first.
/// </summary>
public sealed class PayoutApprovalAppService(
    PayoutApprovalManager manager,
    IRepository<PayoutApproval> approvals,
    IRepository<PayoutOrder> orders,
    IRepository<PayoutLine> lines,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IPayoutApprovalAppService
{
    public async Task<PagedResultDto<PayoutApprovalDto>> GetListAsync(GetPayoutApprovalListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = approvals.QueryNoTracking();
        if (input.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (input.OrderId is { } orderId)
        {
            query = query.Where(a => a.OrderId == orderId);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var size = Math.Clamp(input.MaxResultCount, 1, GetPayoutApprovalListInput.MaxPageSize);
        var (page, next) = KeysetPaging.Split(await executer.ToListAsync(KeysetPaging.NewestFirstAfter(query, input.Cursor, size), cancellationToken), size);
        return new PagedResultDto<PayoutApprovalDto>(await ToDtosAsync(page, cancellationToken), total, next);
    }

    public async Task<PayoutApprovalDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var approval = await executer.FirstOrDefaultAsync(approvals.QueryNoTracking().Where(a => a.Id == id), cancellationToken)
                       ?? throw new EntityNotFoundException(nameof(PayoutApproval), id);
        return (await ToDtosAsync([approval], cancellationToken))[0];
    }

    public async Task<PayoutApprovalDto> ApproveAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        string? refusal;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            var approval = await approvals.GetAsync(id, cancellationToken);
            refusal = await manager.ApproveAsync(approval, currentUser.Id, currentUser.UserName, input.Reason, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return refusal is null ? await GetAsync(id, cancellationToken) : throw new ConflictException(refusal);
    }

    public async Task<PayoutApprovalDto> RejectAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            var approval = await approvals.GetAsync(id, cancellationToken);
            await manager.RejectAsync(approval, currentUser.Id, currentUser.UserName, input.Reason, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await GetAsync(id, cancellationToken);
    }

    // One query for the orders and one for their line counts, whatever the page size.
    private async Task<List<PayoutApprovalDto>> ToDtosAsync(IReadOnlyList<PayoutApproval> page, CancellationToken cancellationToken)
    {
        var orderIds = page.Select(a => a.OrderId).Distinct().ToList();
        var byId = (await executer.ToListAsync(orders.QueryNoTracking().Where(o => orderIds.Contains(o.Id)), cancellationToken)).ToDictionary(o => o.Id);
        var lineCounts = (await executer.ToListAsync(
                lines.QueryNoTracking().Where(l => orderIds.Contains(l.OrderId)).GroupBy(l => l.OrderId).Select(g => new { OrderId = g.Key, Count = g.Count() }),
                cancellationToken))
            .ToDictionary(c => c.OrderId, c => c.Count);
        return page.Select(a => PayoutApprovalDtoMapper.ToDto(a, byId[a.OrderId], lineCounts.GetValueOrDefault(a.OrderId))).ToList();
    }

    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(PayoutsErrorCodes.ActInsideMerchant);
        }
    }
}
