using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Payroll;

[Route("api/payroll/submissions")]
public sealed class PayrollSubmissionController(IPayrollSubmissionAppService submissions) : AggregatedPaymentsController, IPayrollSubmissionAppService
{
    /// <summary>Writes nothing, but shows what submitting would move: the same right as submitting.</summary>
    [HttpPost("preview")]
    [Authorize(PayrollPermissions.Submit)]
    public Task<PayrollSubmissionPreviewDto> PreviewAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default) =>
        submissions.PreviewAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(PayrollPermissions.Submit)]
    public Task<PayrollSubmissionDto> CreateAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default) =>
        submissions.CreateAsync(input, cancellationToken);

    [HttpGet]
    [Authorize(PayrollPermissions.View)]
    public Task<PagedResultDto<PayrollSubmissionDto>> GetListAsync([FromQuery] GetPayrollSubmissionListInput input, CancellationToken cancellationToken = default) =>
        submissions.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(PayrollPermissions.View)]
    public Task<PayrollSubmissionDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        submissions.GetAsync(id, cancellationToken);
}
