using AggregatedPayments.Menus;

namespace AggregatedPayments.Payouts;

public sealed class PayoutMenuDefinitionProvider : IMenuDefinitionProvider
{
    public void Define(ICollection<MenuItemDefinition> items)
    {
        items.Add(new MenuItemDefinition("Payouts", "/payouts", 200, PayoutPermissions.View, "payments"));
        items.Add(new MenuItemDefinition("PayoutsNew", "/payouts/new", 210, PayoutPermissions.Create, "add_card", "Payouts"));
        items.Add(new MenuItemDefinition("PayoutsReview", "/payouts/review", 220, PayoutPermissions.ResolveReview, "rule", "Payouts"));
    }
}
