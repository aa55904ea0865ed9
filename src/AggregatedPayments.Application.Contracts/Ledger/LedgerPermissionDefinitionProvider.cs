using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Ledger;

/// <summary>Both sides for the same reason as the payouts: a platform user reads a merchant's ledger only acting inside it.</summary>
public sealed class LedgerPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(LedgerPermissions.GroupName);
        group.AddPermission(LedgerPermissions.View, MultiTenancySides.Both).AddChild(LedgerPermissions.Sync);
    }
}
