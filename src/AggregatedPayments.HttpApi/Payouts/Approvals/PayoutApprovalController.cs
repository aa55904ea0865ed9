using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Payouts;

[Route("api/payout-approvals")]
public sealed class PayoutApprovalController(IPayoutApprovalAppService approvals) : AggregatedPaymentsController, IPayoutApprovalAppService
{
    /// <summary>The queue is <c>?status=Pending</c>.</summary>
    [HttpGet]
    [Authorize(PayoutApprovalPermissions.View)]
    public Task<PagedResultDto<PayoutApprovalDto>> GetListAsync([FromQuery] GetPayoutApprovalListInput input, CancellationToken cancellationToken = default) =>
        approvals.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(PayoutApprovalPermissions.View)]
    public Task<PayoutApprovalDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        approvals.GetAsync(id, cancellationToken);

    [HttpPost("{id:guid}/approve")]
    [IdempotencyKey]
    [Authorize(PayoutApprovalPermissions.Approve)]
    public Task<PayoutApprovalDto> ApproveAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default) =>
        approvals.ApproveAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reject")]
    [IdempotencyKey]
    [Authorize(PayoutApprovalPermissions.Approve)]
    public Task<PayoutApprovalDto> RejectAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default) =>
        approvals.RejectAsync(id, input, cancellationToken);
}
