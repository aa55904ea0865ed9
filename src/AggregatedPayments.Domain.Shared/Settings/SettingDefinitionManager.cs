using System.Collections.Frozen;

namespace AggregatedPayments.Settings;

public sealed class SettingDefinitionManager
{
    private readonly FrozenDictionary<string, SettingDefinition> _byName;

    public SettingDefinitionManager(IEnumerable<ISettingDefinitionProvider> providers)
    {
        var definitions = new List<SettingDefinition>();
        foreach (var provider in providers)
        {
            provider.Define(definitions);
        }

        _byName = definitions.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
    }

    public IEnumerable<SettingDefinition> All => _byName.Values;

    public SettingDefinition? GetOrNull(string name) => _byName.GetValueOrDefault(name);
}
