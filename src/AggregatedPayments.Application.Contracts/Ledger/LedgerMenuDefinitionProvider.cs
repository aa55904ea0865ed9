using AggregatedPayments.Menus;

namespace AggregatedPayments.Ledger;

public sealed class LedgerMenuDefinitionProvider : IMenuDefinitionProvider
{
    public void Define(ICollection<MenuItemDefinition> items) =>
        items.Add(new MenuItemDefinition("Ledger", "/ledger", 230, LedgerPermissions.View, "account_balance_wallet"));
}
