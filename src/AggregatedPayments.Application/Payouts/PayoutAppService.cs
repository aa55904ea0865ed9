using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A merchant's payouts. Every read and write runs inside the merchant's tenant, so another merchant's
/// order is simply not found (404). Moves happen in one transaction with their postings and outbox rows.
/// </summary>
public sealed class PayoutAppService(
    PayoutOrderManager orderManager,
    PayoutTransitionManager transitions,
    PayoutCorrectionManager corrections,
    IPayoutSubmitter submitter,
    PayoutApprovalGate approvalGate,
    PayoutApprovalManager approvals,
    IPayoutOrderStore store,
    IRepository<PayoutOrder> orders,
    IRepository<PayoutLine> lines,
    IRepository<PayoutAttempt> attempts,
    IRepository<LedgerPosting> postings,
    IRepository<MerchantChannel> merchantChannels,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IPayoutAppService
{
    public Task<PayoutCreationDto> CreateAsync(CreatePayoutDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateOrderAsync(
            () => [PayoutInputParser.Line(input.MerchantReference, input.AmountMinor, input.Currency, input.Payee, input.Purpose, input.Remark)],
            input.MerchantChannelId,
            cancellationToken);
    }

    public Task<PayoutCreationDto> CreateAggregatedAsync(CreateAggregatedPayoutDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateOrderAsync(
            () => (input.Lines ?? []).Select(l => PayoutInputParser.Line(l.MerchantReference, l.AmountMinor, input.Currency, input.Payee, l.Purpose, l.Remark)).ToList(),
            input.MerchantChannelId,
            cancellationToken);
    }

    public async Task<PagedResultDto<PayoutOrderDto>> GetListAsync(GetPayoutListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = PayoutListFilter.Apply(orders.QueryNoTracking(), attempts.QueryNoTracking(), lines.QueryNoTracking(), input);
        var total = await executer.CountAsync(query, cancellationToken);
        var size = Math.Clamp(input.MaxResultCount, 1, GetPayoutListInput.MaxPageSize);
        var (items, next) = KeysetPaging.Split(await executer.ToListAsync(KeysetPaging.NewestFirstAfter(query, input.Cursor, size), cancellationToken), size);
        var ids = items.Select(o => o.Id).ToList();
        var references = (await executer.ToListAsync(lines.QueryNoTracking().Where(l => ids.Contains(l.OrderId)), cancellationToken))
            .OrderBy(l => l.LineNumber).ToLookup(l => l.OrderId, l => l.MerchantReference);
        var currentIds = items.Where(o => o.CurrentAttemptId is not null).Select(o => o.CurrentAttemptId!.Value).ToList();
        var channels = (await executer.ToListAsync(attempts.QueryNoTracking().Where(a => currentIds.Contains(a.Id)), cancellationToken))
            .ToDictionary(a => a.Id, a => a.MerchantChannelId);
        var dtos = items.Select(o => PayoutDtoMapper.ToDto(
            o, references[o.Id].ToList(), o.CurrentAttemptId is { } attemptId && channels.TryGetValue(attemptId, out var channel) ? channel : null)).ToList();
        return new PagedResultDto<PayoutOrderDto>(dtos, total, next);
    }

    public async Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        return await DetailAsync(await LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<PayoutOrderDetailDto> QueryNowAsync(Guid id, CancellationToken cancellationToken = default) =>
        InTransactionAsync(id, async order =>
        {
            if (order.CurrentAttempt is null)
            {
                throw new BusinessException(PayoutsErrorCodes.NoAttempt);
            }

            await submitter.QueryNowAsync(order, Actor, cancellationToken);
        }, cancellationToken);

    public Task<PayoutOrderDetailDto> CancelAsync(Guid id, CancelPayoutDto input, CancellationToken cancellationToken = default) =>
        InTransactionAsync(id, async order =>
        {
            var reason = Reason(input?.Reason, "Cancelled");
            await transitions.CancelAsync(order, reason, Actor, cancellationToken);
            await approvals.VoidOpenAsync(order.Id, $"Cancelled: {reason}", Actor, cancellationToken);
        }, cancellationToken);

    public async Task<PayoutOrderDetailDto> CorrectAsync(Guid id, CorrectPayoutDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var amounts = PayoutInputParser.LineAmounts(input.Lines);
        var payee = PayoutInputParser.Correction(input.Payee);
        var order = await LoadAsync(id, cancellationToken);

        // The order's version guards the save: a concurrent move makes it a conflict, never a lost update.
        await corrections.CorrectAsync(order, payee, amounts, Reason(input.Reason, "Corrected by a clerk"), Actor, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await DetailAsync(order, cancellationToken);
    }

    public async Task<PayoutOrderDetailDto> ReinitiateAsync(Guid id, ReinitiatePayoutDto input, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        await EnsureMerchantChannelAsync(input?.MerchantChannelId, cancellationToken);

        // Loaded before the transaction, whose first step must be the approval gate; the order's version guards the start.
        var order = await LoadAsync(id, cancellationToken);

        // Checked before the engine prepares anything: a new key only after a definite end (or for a corrected, pending order).
        if (!PayoutStateMachine.AllowsNewAttempt(order.State))
        {
            throw new BusinessException(PayoutsErrorCodes.NewAttemptNotAllowed).WithData("state", order.State);
        }

        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            await StartUnlessHeldAsync(order, input?.MerchantChannelId, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await DetailAsync(order, cancellationToken);
    }

    public Task<PayoutOrderDetailDto> ResolveReviewAsync(Guid id, ResolvePayoutReviewDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return InTransactionAsync(id, order =>
        {
            if (!order.NeedsManualReview)
            {
                throw new BusinessException(PayoutsErrorCodes.NotInReview);
            }

            return transitions.ResolveManualReviewAsync(order, Reason(input.Reason, ""), Actor, cancellationToken);
        }, cancellationToken);
    }

    private string Actor => currentUser.UserName ?? "api";

    /// <summary>
    /// The order is saved on its own first, so the unique reference index decides racing repeats (the
    /// manager then reads what won); the first attempt starts in a second transaction, unless the approval
    /// gate holds the order for a second user (the answer then shows it awaiting approval). A start that failed
    /// (say, Available was short) leaves the order pending, and the same request sent again starts it.
    /// </summary>
    private async Task<PayoutCreationDto> CreateOrderAsync(Func<IReadOnlyList<PayoutLineRequest>> parse, Guid? merchantChannelId, CancellationToken cancellationToken)
    {
        RequireMerchant();
        var requested = parse();
        await EnsureMerchantChannelAsync(merchantChannelId, cancellationToken);
        var creation = await orderManager.CreateAsync(requested, Actor, cancellationToken);
        var order = await LoadAsync(creation.OrderId, cancellationToken);
        if (order is { State: PayoutState.PendingSubmission, Attempts.Count: 0, AwaitingApproval: false })
        {
            order = await StartFirstAttemptAsync(order, merchantChannelId, cancellationToken);
        }

        var references = order.Lines.OrderBy(l => l.LineNumber).Select(l => l.MerchantReference).ToList();
        return new PayoutCreationDto(PayoutDtoMapper.ToDto(order, references, order.CurrentAttempt?.MerchantChannelId), creation.Created);
    }

    // A repeat racing the creator loses the guarded start (or hold) and reads what the creator made of it.
    private async Task<PayoutOrder> StartFirstAttemptAsync(PayoutOrder order, Guid? merchantChannelId, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            await StartUnlessHeldAsync(order, merchantChannelId, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return order;
        }
        catch (ConflictException conflict) when (conflict.Code == PayoutsErrorCodes.StateChanged)
        {
            return await LoadAsync(order.Id, cancellationToken);
        }
    }

    /// <summary>
    /// The approval gate, first in the caller's transaction (it locks the merchant before it reads), then the
    /// attempt unless the order must wait for a second user; the approval remembers the channel named here.
    /// </summary>
    private async Task StartUnlessHeldAsync(PayoutOrder order, Guid? merchantChannelId, CancellationToken cancellationToken)
    {
        if (!await approvalGate.HoldForApprovalIfNeededAsync(order, merchantChannelId, Actor, currentUser.Id, cancellationToken))
        {
            await submitter.StartAsync(order, merchantChannelId, Actor, cancellationToken);
        }
    }

    private async Task<PayoutOrderDetailDto> InTransactionAsync(Guid id, Func<PayoutOrder, Task> change, CancellationToken cancellationToken)
    {
        RequireMerchant();
        PayoutOrder order;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            order = await LoadAsync(id, cancellationToken);
            await change(order);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await DetailAsync(order, cancellationToken);
    }

    private async Task<PayoutOrder> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(nameof(PayoutOrder), id);

    private async Task<PayoutOrderDetailDto> DetailAsync(PayoutOrder order, CancellationToken cancellationToken)
    {
        var attemptIds = order.Attempts.Select(a => a.Id).ToList();
        var posted = await executer.ToListAsync(
            postings.QueryNoTracking().Where(p => attemptIds.Contains(p.SourceId)).OrderBy(p => p.Time).ThenBy(p => p.EventKind),
            cancellationToken);
        return PayoutDtoMapper.ToDetailDto(order, posted);
    }

    private async Task EnsureMerchantChannelAsync(Guid? merchantChannelId, CancellationToken cancellationToken)
    {
        if (merchantChannelId is { } id && await merchantChannels.FindAsync(id, cancellationToken) is null)
        {
            throw new BusinessException(PayoutsErrorCodes.UnknownMerchantChannel).WithData("merchantChannelId", id);
        }
    }

    // A platform user reaches payouts only acting inside a merchant; the platform's own side has none.
    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(PayoutsErrorCodes.ActInsideMerchant);
        }
    }

    private static string Reason(string? given, string fallback) => string.IsNullOrWhiteSpace(given) ? fallback : given.Trim();
}
