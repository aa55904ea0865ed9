using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;
using AggregatedPayments.Users;

namespace AggregatedPayments.Withdrawals;

/// <summary>
/// Withdrawals through the payout engine: the order is saved on its own (the unique reference decides
/// repeats), then its first attempt starts in a second transaction behind the approval gate, on the named
/// merchant channel, exactly as <see cref="PayoutAppService"/> starts a payout.
/// </summary>
public sealed class WithdrawalAppService(
    WithdrawalOrderManager withdrawals,
    IPayoutSubmitter submitter,
    PayoutApprovalGate approvalGate,
    IPayoutOrderStore store,
    IRepository<PayoutOrder> orders,
    IRepository<PayoutLine> lines,
    IRepository<PayoutAttempt> attempts,
    IRepository<LedgerPosting> postings,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IWithdrawalAppService
{
    public async Task<PayoutCreationDto> CreateAsync(CreateWithdrawalDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        if (input.MerchantChannelId == Guid.Empty)
        {
            throw new BusinessException(WithdrawalsErrorCodes.MerchantChannelRequired);
        }

        var amount = new Money(input.AmountMinor, (input.Currency ?? "").Trim().ToUpperInvariant());
        var creation = await withdrawals.CreateAsync(input.MerchantChannelId, input.MerchantReference, amount, Actor, cancellationToken);
        var order = await LoadAsync(creation.OrderId, cancellationToken);
        if (order.Kind != PayoutKind.Withdrawal)
        {
            // The reference is a payout's: never answer a withdrawal with it.
            throw new ConflictException(PayoutsErrorCodes.ReferenceConflict).WithData("reference", input.MerchantReference);
        }

        if (order is { State: PayoutState.PendingSubmission, Attempts.Count: 0, AwaitingApproval: false })
        {
            order = await StartFirstAttemptAsync(order, input.MerchantChannelId, cancellationToken);
        }

        var references = order.Lines.OrderBy(l => l.LineNumber).Select(l => l.MerchantReference).ToList();
        return new PayoutCreationDto(PayoutDtoMapper.ToDto(order, references, order.CurrentAttempt?.MerchantChannelId), creation.Created);
    }

    public async Task<PagedResultDto<PayoutOrderDto>> GetListAsync(GetWithdrawalListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = orders.QueryNoTracking().Where(o => o.Kind == PayoutKind.Withdrawal);
        if (input.State is { } state)
        {
            query = query.Where(o => o.State == state);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var size = Math.Clamp(input.MaxResultCount, 1, GetWithdrawalListInput.MaxPageSize);
        var (page, next) = KeysetPaging.Split(await executer.ToListAsync(KeysetPaging.NewestFirstAfter(query, input.Cursor, size), cancellationToken), size);
        var ids = page.Select(o => o.Id).ToList();
        var references = (await executer.ToListAsync(lines.QueryNoTracking().Where(l => ids.Contains(l.OrderId)), cancellationToken))
            .ToLookup(l => l.OrderId, l => l.MerchantReference);
        var currentIds = page.Where(o => o.CurrentAttemptId != null).Select(o => o.CurrentAttemptId!.Value).ToList();
        var channels = (await executer.ToListAsync(attempts.QueryNoTracking().Where(a => currentIds.Contains(a.Id)), cancellationToken))
            .ToDictionary(a => a.Id, a => a.MerchantChannelId);
        var dtos = page.Select(o => PayoutDtoMapper.ToDto(
            o, references[o.Id].ToList(), o.CurrentAttemptId is { } attemptId && channels.TryGetValue(attemptId, out var channel) ? channel : null)).ToList();
        return new PagedResultDto<PayoutOrderDto>(dtos, total, next);
    }

    public async Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        var order = await LoadAsync(id, cancellationToken);
        if (order.Kind != PayoutKind.Withdrawal)
        {
            throw new EntityNotFoundException(nameof(PayoutOrder), id);
        }

        var attemptIds = order.Attempts.Select(a => a.Id).ToList();
        var posted = await executer.ToListAsync(
            postings.QueryNoTracking().Where(p => attemptIds.Contains(p.SourceId)).OrderBy(p => p.Time).ThenBy(p => p.EventKind), cancellationToken);
        return PayoutDtoMapper.ToDetailDto(order, posted);
    }

    private string Actor => currentUser.UserName ?? "api";

    // A repeat racing the creator loses the guarded start (or hold) and reads what the creator made of it.
    private async Task<PayoutOrder> StartFirstAttemptAsync(PayoutOrder order, Guid merchantChannelId, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            if (!await approvalGate.HoldForApprovalIfNeededAsync(order, merchantChannelId, Actor, currentUser.Id, cancellationToken))
            {
                await submitter.StartAsync(order, merchantChannelId, Actor, cancellationToken);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return order;
        }
        catch (ConflictException conflict) when (conflict.Code == PayoutsErrorCodes.StateChanged)
        {
            return await LoadAsync(order.Id, cancellationToken);
        }
    }

    private async Task<PayoutOrder> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(nameof(PayoutOrder), id);

    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(PayoutsErrorCodes.ActInsideMerchant);
        }
    }
}
