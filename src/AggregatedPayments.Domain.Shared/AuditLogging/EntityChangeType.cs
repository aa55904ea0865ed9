namespace AggregatedPayments.AuditLogging;

public enum EntityChangeType
{
    Created = 0,
    Updated = 1,

    /// <summary>Also a soft delete: the row stays, but for the business it is gone.</summary>
    Deleted = 2
}
