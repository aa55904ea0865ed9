namespace AggregatedPayments.Interception;

public sealed record InterceptionRuleDto(
    Guid Id,
    string Name,
    int Order,
    string PathPattern,
    string Methods,
    string? IpCidr,
    Guid? TenantId,
    string? ApiClientId,
    InterceptionAction Action,
    int? PermitLimit,
    int? WindowSeconds,
    bool IsEnabled,
    int Version,
    DateTime CreationTime);
