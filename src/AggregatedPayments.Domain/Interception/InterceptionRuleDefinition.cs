namespace AggregatedPayments.Interception;

/// <summary>What an administrator states about a rule; <see cref="InterceptionRule"/> checks it and keeps it in normal form.</summary>
public sealed record InterceptionRuleDefinition(
    string Name,
    int Order,
    string PathPattern,
    string? Methods,
    string? IpCidr,
    Guid? TenantId,
    string? ApiClientId,
    InterceptionAction Action,
    int? PermitLimit,
    int? WindowSeconds,
    bool IsEnabled);
