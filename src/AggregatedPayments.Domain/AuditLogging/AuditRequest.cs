namespace AggregatedPayments.AuditLogging;

/// <summary>Who asked for what, captured when the request enters the audited part of the pipeline.</summary>
public sealed record AuditRequest(
    Guid? TenantId,
    Guid? UserId,
    string? UserName,
    Guid? UserTenantId,
    string? ClientIp,
    string HttpMethod,
    string Url,
    string? CorrelationId,
    DateTime ExecutionTime)
{
    /// <summary>A platform user acting inside a merchant (through the tenant header): the merchant it acted in.</summary>
    public Guid? ImpersonatedTenantId => UserId is not null && UserTenantId is null ? TenantId : null;
}
