using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Dictionaries;

public sealed class DictionariesPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(DictionariesPermissions.GroupName);
        group.AddPermission(DictionariesPermissions.Dictionaries.Default, MultiTenancySides.Both)
            .AddChild(DictionariesPermissions.Dictionaries.Manage, MultiTenancySides.Host);
        group.AddPermission(DictionariesPermissions.ErrorDictionary.Default, MultiTenancySides.Both)
            .AddChild(DictionariesPermissions.ErrorDictionary.Manage, MultiTenancySides.Host);
    }
}
