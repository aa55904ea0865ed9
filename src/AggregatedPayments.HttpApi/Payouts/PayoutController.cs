using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Payouts;

[Route("api/payouts")]
public sealed class PayoutController(IPayoutAppService payouts) : AggregatedPaymentsController, IPayoutAppService
{
    /// <summary>201 for a new order, 200 for the same request sent again (the existing order).</summary>
    [HttpPost]
    [IdempotencyKey]
    [Authorize(PayoutPermissions.Create)]
    public async Task<PayoutCreationDto> CreateAsync(CreatePayoutDto input, CancellationToken cancellationToken = default) =>
        Created(await payouts.CreateAsync(input, cancellationToken));

    [HttpPost("aggregated")]
    [IdempotencyKey]
    [Authorize(PayoutPermissions.Create)]
    public async Task<PayoutCreationDto> CreateAggregatedAsync(CreateAggregatedPayoutDto input, CancellationToken cancellationToken = default) =>
        Created(await payouts.CreateAggregatedAsync(input, cancellationToken));

    [HttpGet]
    [Authorize(PayoutPermissions.View)]
    public Task<PagedResultDto<PayoutOrderDto>> GetListAsync([FromQuery] GetPayoutListInput input, CancellationToken cancellationToken = default) =>
        payouts.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(PayoutPermissions.View)]
    public Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        payouts.GetAsync(id, cancellationToken);

    [HttpPost("{id:guid}/query-now")]
    [IdempotencyKey]
    [Authorize(PayoutPermissions.Manage)]
    public Task<PayoutOrderDetailDto> QueryNowAsync(Guid id, CancellationToken cancellationToken = default) =>
        payouts.QueryNowAsync(id, cancellationToken);

    [HttpPost("{id:guid}/cancel")]
    [IdempotencyKey]
    [Authorize(PayoutPermissions.Manage)]
    public Task<PayoutOrderDetailDto> CancelAsync(Guid id, CancelPayoutDto input, CancellationToken cancellationToken = default) =>
        payouts.CancelAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/correct")]
    [IdempotencyKey]
    [Authorize(PayoutPermissions.Manage)]
    public Task<PayoutOrderDetailDto> CorrectAsync(Guid id, CorrectPayoutDto input, CancellationToken cancellationToken = default) =>
        payouts.CorrectAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/reinitiate")]
    [IdempotencyKey]
    [Authorize(PayoutPermissions.Manage)]
    public Task<PayoutOrderDetailDto> ReinitiateAsync(Guid id, ReinitiatePayoutDto input, CancellationToken cancellationToken = default) =>
        payouts.ReinitiateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/resolve-review")]
    [IdempotencyKey]
    [Authorize(PayoutPermissions.ResolveReview)]
    public Task<PayoutOrderDetailDto> ResolveReviewAsync(Guid id, ResolvePayoutReviewDto input, CancellationToken cancellationToken = default) =>
        payouts.ResolveReviewAsync(id, input, cancellationToken);

    private PayoutCreationDto Created(PayoutCreationDto creation)
    {
        Response.StatusCode = creation.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        return creation;
    }
}
