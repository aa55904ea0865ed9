namespace AggregatedPayments.Menus;

/// <summary>The groups other features hang their items under.</summary>
public static class MenuNames
{
    public const string Dashboard = "Dashboard";
    public const string Administration = "Administration";
    public const string Identity = "Administration.Identity";
}
