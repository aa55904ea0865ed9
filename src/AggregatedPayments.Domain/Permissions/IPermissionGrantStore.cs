namespace AggregatedPayments.Permissions;

public interface IPermissionGrantStore
{
    /// <summary>The user's own grants and prohibitions and those of all its roles, in one round trip.</summary>
    Task<UserPermissionSet> GetForUserAsync(Guid? tenantId, Guid userId, CancellationToken cancellationToken);
}
