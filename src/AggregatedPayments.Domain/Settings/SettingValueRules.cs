using System.Collections.Frozen;

namespace AggregatedPayments.Settings;

/// <summary>All value rules, built once; a setting without a rule accepts any text up to the length limit.</summary>
public sealed class SettingValueRules
{
    private readonly FrozenDictionary<string, Func<string, bool>> _rules;

    public SettingValueRules(IEnumerable<ISettingValueRuleProvider> providers)
    {
        var rules = new Dictionary<string, Func<string, bool>>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            provider.Define(rules);
        }

        _rules = rules.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public bool IsValid(string name, string value) =>
        value.Length <= SettingValueConsts.MaxValueLength && (!_rules.TryGetValue(name, out var rule) || rule(value));
}
