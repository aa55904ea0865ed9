namespace AggregatedPayments.AuditLogging;

public sealed record AuditLogDto(
    Guid Id,
    Guid? TenantId,
    Guid? UserId,
    string? UserName,
    Guid? UserTenantId,
    Guid? ImpersonatedTenantId,
    string? ClientIp,
    string HttpMethod,
    string Url,
    int StatusCode,
    long DurationMs,
    string? ErrorCode,
    string? ErrorMessage,
    string? CorrelationId,
    DateTime ExecutionTime,
    IReadOnlyList<EntityChangeDto> EntityChanges);
