using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Permissions;

public sealed class PermissionGroupDefinition(string name)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;

    public string DisplayNameKey => "PermissionGroup:" + Name;

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name, MultiTenancySides sides)
    {
        var permission = new PermissionDefinition(name, null, sides);
        _permissions.Add(permission);
        return permission;
    }
}
