using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.AuditLogging;

[Route("api/audit-logs")]
public sealed class AuditLogController(IAuditLogAppService service) : AggregatedPaymentsController, IAuditLogAppService
{
    [HttpGet("{id:guid}")]
    [Authorize(AuditLoggingPermissions.Default)]
    public Task<AuditLogDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.GetAsync(id, cancellationToken);

    [HttpGet]
    [Authorize(AuditLoggingPermissions.Default)]
    public Task<PagedResultDto<AuditLogDto>> GetListAsync([FromQuery] GetAuditLogListInput input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);
}
