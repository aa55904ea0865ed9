namespace AggregatedPayments.Interception;

public static class InterceptionPermissions
{
    public const string GroupName = "AggregatedPayments.Interception";

    public const string Default = GroupName + ".Default";

    public const string Manage = GroupName + ".Manage";
}
