namespace AggregatedPayments.Permissions;

public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    public PermissionGroupDefinition AddGroup(string name)
    {
        var group = new PermissionGroupDefinition(name);
        _groups.Add(group);
        return group;
    }
}
