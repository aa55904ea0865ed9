using AggregatedPayments.Menus;

namespace AggregatedPayments.Payouts;

public sealed class PayoutApprovalMenuDefinitionProvider : IMenuDefinitionProvider
{
    public void Define(ICollection<MenuItemDefinition> items) =>
        items.Add(new MenuItemDefinition("PayoutApprovals", "/payouts/approvals", 215, PayoutApprovalPermissions.View, "approval", "Payouts"));
}
