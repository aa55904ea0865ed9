namespace AggregatedPayments.AuditLogging;

/// <summary>
/// One saved change to an audited entity, as the data layer saw it: the changed properties are
/// already JSON with every sensitive value redacted.
/// </summary>
public sealed record EntityChangeRecord(string EntityType, string EntityId, EntityChangeType ChangeType, string PropertyChanges);
