namespace AggregatedPayments.Menus;

public static class MenuPermissions
{
    public const string GroupName = "AggregatedPayments.Menus";

    /// <summary>Rename, reorder and hide portal menu items (the platform for everyone, a merchant for itself).</summary>
    public const string Manage = GroupName + ".Manage";
}
