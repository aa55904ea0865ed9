namespace AggregatedPayments.AuditLogging;

public static class AuditLoggingPermissions
{
    public const string GroupName = "AggregatedPayments.AuditLogs";

    public const string Default = GroupName + ".Default";
}
