using AggregatedPayments.Dtos;

namespace AggregatedPayments.AuditLogging;

/// <summary>Reading the audit log: a platform user acting as the platform sees every merchant; anyone else sees the merchant it acts in.</summary>
public interface IAuditLogAppService
{
    Task<AuditLogDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default);
}
