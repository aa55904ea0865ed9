using AggregatedPayments.Dtos;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>
/// A merchant's withdrawals: payout orders of kind Withdrawal to the merchant channel's confirmed card,
/// sent, held, classified, queried, approved and notified like every payout. Another merchant's answers 404.
/// </summary>
public interface IWithdrawalAppService
{
    /// <summary>Refused, changing nothing, beyond Available (AP:Ledger:InsufficientAvailable), without a confirmed card, or on a channel that cannot withdraw.</summary>
    Task<PayoutCreationDto> CreateAsync(CreateWithdrawalDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<PayoutOrderDto>> GetListAsync(GetWithdrawalListInput input, CancellationToken cancellationToken = default);

    Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);
}
