using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Permissions;

/// <summary>A right, defined in code. Children need their parent: granting a child alone grants nothing.</summary>
public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];

    internal PermissionDefinition(string name, PermissionDefinition? parent, MultiTenancySides sides)
    {
        Name = name;
        Parent = parent;
        Sides = sides;
    }

    public string Name { get; }

    /// <summary>Localization key of the display name: <c>Permission:{Name}</c>.</summary>
    public string DisplayNameKey => "Permission:" + Name;

    public PermissionDefinition? Parent { get; }

    public MultiTenancySides Sides { get; }

    public IReadOnlyList<PermissionDefinition> Children => _children;

    /// <summary>This permission, then its children and theirs, depth first (the order an editor lists them).</summary>
    public IEnumerable<PermissionDefinition> SelfAndDescendants() => _children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    public PermissionDefinition AddChild(string name, MultiTenancySides? sides = null)
    {
        var child = new PermissionDefinition(name, this, sides ?? Sides);
        _children.Add(child);
        return child;
    }
}
