using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;
using AggregatedPayments.Users;

namespace AggregatedPayments.Withdrawals;

/// <summary>The cards' maker-checker inside the merchant's tenant; each decision commits with what it supersedes.</summary>
public sealed class WithdrawalCardAppService(
    WithdrawalCardManager manager,
    IRepository<MerchantWithdrawalCard> cards,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IWithdrawalCardAppService
{
    public async Task<PagedResultDto<WithdrawalCardDto>> GetListAsync(GetWithdrawalCardListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = cards.QueryNoTracking();
        if (input.MerchantChannelId is { } merchantChannelId)
        {
            query = query.Where(c => c.MerchantChannelId == merchantChannelId);
        }

        if (input.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(query.OrderByDescending(c => c.CreationTime).ThenByDescending(c => c.Id)
            .Skip(input.SkipCount).Take(Math.Clamp(input.MaxResultCount, 1, PagedRequestDto.MaxPageSize)), cancellationToken);
        return new PagedResultDto<WithdrawalCardDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<WithdrawalCardDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        return ToDto(await cards.GetAsync(id, cancellationToken));
    }

    public async Task<WithdrawalCardDto> RequestAsync(RequestWithdrawalCardDto input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var userId = currentUser.Id ?? throw new ForbiddenException(WithdrawalsErrorCodes.ConfirmerNotAPerson);
        var card = await manager.RequestAsync(input.MerchantChannelId, input.AccountNumber, input.AccountName, input.BankCode, Actor, userId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(card);
    }

    public Task<WithdrawalCardDto> ConfirmAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        DecideAsync(id, card => manager.ConfirmAsync(card, currentUser.Id, currentUser.UserName, input?.Reason, cancellationToken), cancellationToken);

    public Task<WithdrawalCardDto> RejectAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        DecideAsync(id, card =>
        {
            manager.Reject(card, currentUser.Id, currentUser.UserName, input?.Reason);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<WithdrawalCardDto> DecideAsync(Guid id, Func<MerchantWithdrawalCard, Task> decide, CancellationToken cancellationToken)
    {
        RequireMerchant();
        MerchantWithdrawalCard card;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            card = await cards.GetAsync(id, cancellationToken);
            await decide(card);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return ToDto(card);
    }

    private string Actor => currentUser.UserName ?? "api";

    private static WithdrawalCardDto ToDto(MerchantWithdrawalCard c) => new(
        c.Id, c.MerchantChannelId, c.Status, PayoutDtoMapper.ToDto(c.ToPayeeAccount()), c.RequestedBy, c.RequestedByUserId, c.CreationTime,
        c.DecidedBy, c.DecisionReason, c.DecisionTime, c.SupersededTime);

    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(PayoutsErrorCodes.ActInsideMerchant);
        }
    }
}
