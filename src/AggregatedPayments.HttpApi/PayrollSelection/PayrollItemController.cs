using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Payroll;

/// <summary>Pending payouts, read and set aside; taking them in is <see cref="PayrollIntakeController"/>'s POST on the same path.</summary>
[Route("api/payroll/items")]
public sealed class PayrollItemController(IPayrollItemAppService items) : AggregatedPaymentsController, IPayrollItemAppService
{
    [HttpGet]
    [Authorize(PayrollPermissions.View)]
    public Task<PagedResultDto<PayrollItemDto>> GetListAsync([FromQuery] GetPayrollItemListInput input, CancellationToken cancellationToken = default) =>
        items.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(PayrollPermissions.View)]
    public Task<PayrollItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        items.GetAsync(id, cancellationToken);

    [HttpPost("discard")]
    [Authorize(PayrollPermissions.Discard)]
    public Task<PayrollDiscardResultDto> DiscardAsync(DiscardPayrollItemsDto input, CancellationToken cancellationToken = default) =>
        items.DiscardAsync(input, cancellationToken);
}
