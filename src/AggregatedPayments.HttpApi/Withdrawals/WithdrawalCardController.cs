using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using AggregatedPayments.Payouts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Withdrawals;

[Route("api/withdrawal-cards")]
public sealed class WithdrawalCardController(IWithdrawalCardAppService cards) : AggregatedPaymentsController, IWithdrawalCardAppService
{
    /// <summary>What waits for confirmation is <c>?status=Pending</c>.</summary>
    [HttpGet]
    [Authorize(WithdrawalPermissions.View)]
    public Task<PagedResultDto<WithdrawalCardDto>> GetListAsync([FromQuery] GetWithdrawalCardListInput input, CancellationToken cancellationToken = default) =>
        cards.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(WithdrawalPermissions.View)]
    public Task<WithdrawalCardDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        cards.GetAsync(id, cancellationToken);

    [HttpPost]
    [IdempotencyKey]
    [Authorize(WithdrawalPermissions.ManageCard)]
    public Task<WithdrawalCardDto> RequestAsync(RequestWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        cards.RequestAsync(input, cancellationToken);

    [HttpPost("{id:guid}/confirm")]
    [IdempotencyKey]
    [Authorize(WithdrawalPermissions.ConfirmCard)]
    public Task<WithdrawalCardDto> ConfirmAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        cards.ConfirmAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reject")]
    [IdempotencyKey]
    [Authorize(WithdrawalPermissions.ConfirmCard)]
    public Task<WithdrawalCardDto> RejectAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        cards.RejectAsync(id, input, cancellationToken);
}
