namespace AggregatedPayments.AuditLogging;

/// <summary><see cref="PropertyChanges"/> is JSON: <c>[{"property":…,"old":…,"new":…}]</c>, secrets shown as "***".</summary>
public sealed record EntityChangeDto(
    Guid Id,
    string EntityType,
    string EntityId,
    EntityChangeType ChangeType,
    string PropertyChanges,
    bool IsRolledBack);
