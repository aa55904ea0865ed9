namespace AggregatedPayments.Permissions;

public interface IPermissionChecker
{
    /// <summary>Whether the signed-in user holds the permission; false when nobody is signed in.</summary>
    Task<bool> IsGrantedAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>All permissions the signed-in user holds, for the application configuration.</summary>
    Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken cancellationToken = default);
}
