using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payouts;

/// <summary>The merchant's approval queue and the second user's decisions; another merchant's approval answers 404.</summary>
public interface IPayoutApprovalAppService
{
    Task<PagedResultDto<PayoutApprovalDto>> GetListAsync(GetPayoutApprovalListInput input, CancellationToken cancellationToken = default);

    Task<PayoutApprovalDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Approves and starts the payout's attempt at once; refused to the user who asked for it.</summary>
    Task<PayoutApprovalDto> ApproveAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rejects, by the same rule (never the user who asked; the maker withdraws a new payout by cancelling it):
    /// a new payout is cancelled (nothing was held), a held re-initiation stays as it was.
    /// </summary>
    Task<PayoutApprovalDto> RejectAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default);
}
