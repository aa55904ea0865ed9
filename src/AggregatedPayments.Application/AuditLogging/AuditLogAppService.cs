using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditLogAppService(
    IRepository<AuditLog> auditLogs,
    IAsyncQueryExecuter executer,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IDataFilter dataFilter) : IAuditLogAppService
{
    public async Task<AuditLogDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using (SeeEveryMerchantIfPlatform())
        {
            return ToDto(await auditLogs.GetAsync(id, cancellationToken));
        }
    }

    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken cancellationToken = default)
    {
        using (SeeEveryMerchantIfPlatform())
        {
            var query = Filter(auditLogs.QueryNoTracking(), input);
            var total = await executer.CountAsync(query, cancellationToken);
            var page = await executer.ToListAsync(
                query.OrderByDescending(a => a.ExecutionTime).ThenByDescending(a => a.Id)
                    .Skip(Math.Max(input.SkipCount, 0)).Take(Math.Clamp(input.MaxResultCount, 1, PagedRequestDto.MaxPageSize)),
                cancellationToken);
            return new PagedResultDto<AuditLogDto>(page.Select(ToDto).ToList(), total);
        }
    }

    /// <summary>
    /// Only a platform user acting as the platform reads across merchants. Everyone else, including a
    /// platform user acting inside a merchant, stays behind the DbContext's tenant filter: the rows
    /// of the merchant it acts in.
    /// </summary>
    private IDisposable? SeeEveryMerchantIfPlatform() =>
        currentUser.IsAuthenticated && currentUser.TenantId is null && currentTenant.Id is null
            ? dataFilter.DisableMultiTenantFilter()
            : null;

    private static IQueryable<AuditLog> Filter(IQueryable<AuditLog> query, GetAuditLogListInput input)
    {
        if (input.TenantId is { } tenantId)
        {
            query = query.Where(a => a.TenantId == tenantId);
        }

        if (input.UserId is { } userId)
        {
            query = query.Where(a => a.UserId == userId);
        }

        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            var userName = input.UserName.Trim();
            query = query.Where(a => a.UserName == userName);
        }

        if (!string.IsNullOrWhiteSpace(input.HttpMethod))
        {
            var method = input.HttpMethod.Trim().ToUpperInvariant();
            query = query.Where(a => a.HttpMethod == method);
        }

        if (!string.IsNullOrWhiteSpace(input.UrlContains))
        {
            var url = input.UrlContains.Trim();
            query = query.Where(a => a.Url.Contains(url));
        }

        if (input.StatusCode is { } status)
        {
            query = query.Where(a => a.StatusCode == status);
        }

        if (ToUtc(input.From) is { } from)
        {
            query = query.Where(a => a.ExecutionTime >= from);
        }

        if (ToUtc(input.To) is { } to)
        {
            query = query.Where(a => a.ExecutionTime < to);
        }

        if (input.HasError is { } hasError)
        {
            query = hasError
                ? query.Where(a => a.ErrorCode != null || a.StatusCode >= 400)
                : query.Where(a => a.ErrorCode == null && a.StatusCode < 400);
        }

        return query;
    }

    // Model binding turns "…Z" into local time and leaves a time without zone unspecified; both mean UTC here.
    private static DateTime? ToUtc(DateTime? time) => time?.Kind switch
    {
        DateTimeKind.Local => time.Value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time.Value, DateTimeKind.Utc),
        _ => time
    };

    private static AuditLogDto ToDto(AuditLog log) => new(
        log.Id,
        log.TenantId,
        log.UserId,
        log.UserName,
        log.UserTenantId,
        log.ImpersonatedTenantId,
        log.ClientIp,
        log.HttpMethod,
        log.Url,
        log.StatusCode,
        log.DurationMs,
        log.ErrorCode,
        log.ErrorMessage,
        log.CorrelationId,
        log.ExecutionTime,
        log.EntityChanges
            .Select(c => new EntityChangeDto(c.Id, c.EntityType, c.EntityId, c.ChangeType, c.PropertyChanges, c.IsRolledBack))
            .ToList());
}
