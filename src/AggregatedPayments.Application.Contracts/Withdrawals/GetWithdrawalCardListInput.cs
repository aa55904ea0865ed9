using AggregatedPayments.Dtos;

namespace AggregatedPayments.Withdrawals;

/// <summary>Newest first. Status=Pending is what waits for confirmation.</summary>
public sealed class GetWithdrawalCardListInput : PagedRequestDto
{
    public Guid? MerchantChannelId { get; set; }

    public WithdrawalCardStatus? Status { get; set; }
}
