using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Payroll.DataSources;

[Route("api/payroll/data-sources")]
public sealed class PayrollDataSourceController(IPayrollDataSourceAppService dataSources) : AggregatedPaymentsController, IPayrollDataSourceAppService
{
    [HttpGet]
    [Authorize(PayrollPermissions.View)]
    public Task<PagedResultDto<PayrollDataSourceDto>> GetListAsync([FromQuery] GetPayrollDataSourceListInput input, CancellationToken cancellationToken = default) =>
        dataSources.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(PayrollPermissions.View)]
    public Task<PayrollDataSourceDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        dataSources.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(PayrollPermissions.ManageDataSources)]
    public Task<PayrollDataSourceDto> CreateAsync(CreatePayrollDataSourceDto input, CancellationToken cancellationToken = default) =>
        dataSources.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(PayrollPermissions.ManageDataSources)]
    public Task<PayrollDataSourceDto> UpdateAsync(Guid id, UpdatePayrollDataSourceDto input, CancellationToken cancellationToken = default) =>
        dataSources.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(PayrollPermissions.ManageDataSources)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        dataSources.DeleteAsync(id, cancellationToken);

    /// <summary>Always 200: a source that cannot be reached is answered with what to fix.</summary>
    [HttpPost("{id:guid}/test")]
    [Authorize(PayrollPermissions.ManageDataSources)]
    public Task<PayrollDataSourceTestResultDto> TestAsync(Guid id, CancellationToken cancellationToken = default) =>
        dataSources.TestAsync(id, cancellationToken);

    /// <summary>200 with the intake, still running: follow it at api/payroll/intakes/{id}, cancel it at …/cancel.</summary>
    [HttpPost("{id:guid}/pull")]
    [Authorize(PayrollPermissions.Pull)]
    public Task<PayrollIntakeDto> PullAsync(Guid id, CancellationToken cancellationToken = default) =>
        dataSources.PullAsync(id, cancellationToken);
}
