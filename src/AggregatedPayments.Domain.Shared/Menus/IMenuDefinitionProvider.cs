namespace AggregatedPayments.Menus;

public interface IMenuDefinitionProvider
{
    void Define(ICollection<MenuItemDefinition> items);
}
