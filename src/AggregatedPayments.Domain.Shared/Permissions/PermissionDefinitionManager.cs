using System.Collections.Frozen;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Permissions;

/// <summary>All permission definitions, built once from the providers.</summary>
public sealed class PermissionDefinitionManager
{
    private readonly FrozenDictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var context = new PermissionDefinitionContext();
        foreach (var provider in providers)
        {
            provider.Define(context);
        }

        Groups = context.Groups;
        _byName = Groups.SelectMany(g => g.Permissions).SelectMany(p => p.SelfAndDescendants()).ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    public IEnumerable<PermissionDefinition> All => _byName.Values;

    public PermissionDefinition? GetOrNull(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<PermissionDefinition> ForSide(MultiTenancySides side) => All.Where(p => p.Sides.HasFlag(side));
}
