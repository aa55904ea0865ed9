using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// One audited request: who (user, the user's own tenant, and the merchant it acted in), from where,
/// what (method, URL without secrets), the result (status, duration, error summary) and the
/// configuration changes it saved. Owned by the merchant the request acted in, so a merchant
/// administrator sees the requests made inside its merchant, including a platform user's.
/// </summary>
public sealed class AuditLog : Entity<Guid>, IMultiTenant
{
    private readonly List<EntityChange> _entityChanges = [];

    private AuditLog()
    {
    }

    public AuditLog(Guid id, AuditRequest request, int statusCode, long durationMs, AuditError? error, IEnumerable<EntityChange> entityChanges)
    {
        Id = id;
        TenantId = request.TenantId;
        UserId = request.UserId;
        UserName = Truncate(request.UserName, AuditLogConsts.MaxUserNameLength);
        UserTenantId = request.UserTenantId;
        ImpersonatedTenantId = request.ImpersonatedTenantId;
        ClientIp = Truncate(request.ClientIp, AuditLogConsts.MaxClientIpLength);
        HttpMethod = Truncate(request.HttpMethod, AuditLogConsts.MaxHttpMethodLength)!;
        Url = Truncate(request.Url, AuditLogConsts.MaxUrlLength)!;
        CorrelationId = Truncate(request.CorrelationId, AuditLogConsts.MaxCorrelationIdLength);
        ExecutionTime = request.ExecutionTime;
        StatusCode = statusCode;
        DurationMs = durationMs;
        ErrorCode = Truncate(error?.Code, AuditLogConsts.MaxErrorCodeLength);
        ErrorMessage = Truncate(error?.Message, AuditLogConsts.MaxErrorMessageLength);
        _entityChanges.AddRange(entityChanges);
    }

    /// <summary>The merchant the request acted in; null for the platform.</summary>
    public Guid? TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    /// <summary>The tenant the user belongs to; null for a platform user.</summary>
    public Guid? UserTenantId { get; private set; }

    /// <summary>Set when a platform user acted inside a merchant: the fact the architecture wants on record.</summary>
    public Guid? ImpersonatedTenantId { get; private set; }

    public string? ClientIp { get; private set; }

    public string HttpMethod { get; private set; } = null!;

    public string Url { get; private set; } = null!;

    public int StatusCode { get; private set; }

    public long DurationMs { get; private set; }

    public string? ErrorCode { get; private set; }

    public string? ErrorMessage { get; private set; }

    public string? CorrelationId { get; private set; }

    /// <summary>UTC, when the request entered the audited part of the pipeline.</summary>
    public DateTime ExecutionTime { get; private set; }

    public IReadOnlyCollection<EntityChange> EntityChanges => _entityChanges;

    private static string? Truncate(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..(maxLength - 1)] + "…";
}
