namespace AggregatedPayments.Permissions;

public enum PermissionGrantee
{
    Role = 0,
    User = 1
}
