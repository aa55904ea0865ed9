using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Notifications;

/// <summary>Merchant-side rights: notifications go to a merchant's own systems and are the merchant's to read and re-send.</summary>
public sealed class NotificationPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(NotificationPermissions.GroupName)
            .AddPermission(NotificationPermissions.View, MultiTenancySides.Tenant)
            .AddChild(NotificationPermissions.Resend);
}
