using System.Collections.Frozen;

namespace AggregatedPayments.Menus;

public sealed class MenuDefinitionManager
{
    private readonly FrozenDictionary<string, MenuItemDefinition> _byName;

    public MenuDefinitionManager(IEnumerable<IMenuDefinitionProvider> providers)
    {
        var items = new List<MenuItemDefinition>();
        foreach (var provider in providers)
        {
            provider.Define(items);
        }

        _byName = items.ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);
        var orphan = items.FirstOrDefault(i => i.ParentName is not null && !_byName.ContainsKey(i.ParentName));
        if (orphan is not null)
        {
            throw new InvalidOperationException($"Menu item '{orphan.Name}' names an unknown parent '{orphan.ParentName}'.");
        }
    }

    public IEnumerable<MenuItemDefinition> All => _byName.Values;

    public MenuItemDefinition? GetOrNull(string name) => _byName.GetValueOrDefault(name);
}
