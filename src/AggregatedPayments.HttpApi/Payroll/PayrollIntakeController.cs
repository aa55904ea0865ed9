using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Payroll;

[Route("api/payroll")]
public sealed class PayrollIntakeController(IPayrollIntakeAppService intakes) : AggregatedPaymentsController, IPayrollIntakeAppService
{
    /// <summary>Always 200 with an answer per item: invalid items are answered, not refused as a whole.</summary>
    [HttpPost("items")]
    [Authorize(PayrollPermissions.Create)]
    public Task<PayrollIntakeResultDto> CreateItemsAsync(CreatePayrollItemsDto input, CancellationToken cancellationToken = default) =>
        intakes.CreateItemsAsync(input, cancellationToken);

    [HttpGet("intakes")]
    [Authorize(PayrollPermissions.View)]
    public Task<PagedResultDto<PayrollIntakeDto>> GetListAsync([FromQuery] GetPayrollIntakeListInput input, CancellationToken cancellationToken = default) =>
        intakes.GetListAsync(input, cancellationToken);

    [HttpGet("intakes/{id:guid}")]
    [Authorize(PayrollPermissions.View)]
    public Task<PayrollIntakeDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        intakes.GetAsync(id, cancellationToken);

    [HttpGet("intakes/{id:guid}/errors")]
    [Authorize(PayrollPermissions.View)]
    public Task<PagedResultDto<PayrollIntakeErrorDto>> GetErrorsAsync(Guid id, [FromQuery] GetPayrollIntakeErrorListInput input, CancellationToken cancellationToken = default) =>
        intakes.GetErrorsAsync(id, input, cancellationToken);

    [HttpPost("intakes/{id:guid}/cancel")]
    [Authorize(PayrollPermissions.Pull)]
    public Task<PayrollIntakeDto> CancelAsync(Guid id, CancellationToken cancellationToken = default) =>
        intakes.CancelAsync(id, cancellationToken);
}
