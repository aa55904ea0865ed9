using AggregatedPayments.Dtos;

namespace AggregatedPayments.Withdrawals;

/// <summary>Registering or changing a merchant channel's withdrawal card: one user asks, a different signed-in user confirms or rejects.</summary>
public interface IWithdrawalCardAppService
{
    Task<PagedResultDto<WithdrawalCardDto>> GetListAsync(GetWithdrawalCardListInput input, CancellationToken cancellationToken = default);

    Task<WithdrawalCardDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<WithdrawalCardDto> RequestAsync(RequestWithdrawalCardDto input, CancellationToken cancellationToken = default);

    /// <summary>Makes the card Active (the previous one is superseded); refused to the user who asked and to API keys.</summary>
    Task<WithdrawalCardDto> ConfirmAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default);

    /// <summary>By the same rule, with a reason.</summary>
    Task<WithdrawalCardDto> RejectAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default);
}
