using AggregatedPayments.Menus;

namespace AggregatedPayments.AuditLogging;

public sealed class AuditLoggingMenuDefinitionProvider : IMenuDefinitionProvider
{
    public const string MenuName = "AggregatedPayments.AuditLogs";

    public void Define(ICollection<MenuItemDefinition> rootItems) =>
        rootItems.Add(new MenuItemDefinition(MenuName, "/audit-logs", 920, AuditLoggingPermissions.Default, "history"));
}
