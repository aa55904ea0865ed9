namespace AggregatedPayments.Permissions;

/// <summary>Found by assembly scanning at start-up: the one place where the platform scans.</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}
