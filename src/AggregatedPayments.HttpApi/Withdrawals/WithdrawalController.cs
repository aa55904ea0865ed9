using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using AggregatedPayments.Payouts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Withdrawals;

[Route("api/withdrawals")]
public sealed class WithdrawalController(IWithdrawalAppService withdrawals) : AggregatedPaymentsController, IWithdrawalAppService
{
    [HttpPost]
    [IdempotencyKey]
    [Authorize(WithdrawalPermissions.Create)]
    public Task<PayoutCreationDto> CreateAsync(CreateWithdrawalDto input, CancellationToken cancellationToken = default) =>
        withdrawals.CreateAsync(input, cancellationToken);

    [HttpGet]
    [Authorize(WithdrawalPermissions.View)]
    public Task<PagedResultDto<PayoutOrderDto>> GetListAsync([FromQuery] GetWithdrawalListInput input, CancellationToken cancellationToken = default) =>
        withdrawals.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(WithdrawalPermissions.View)]
    public Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        withdrawals.GetAsync(id, cancellationToken);
}
