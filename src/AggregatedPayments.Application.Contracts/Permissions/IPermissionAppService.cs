namespace AggregatedPayments.Permissions;

/// <summary>
/// Reads and edits the grants of one role, or the grants and prohibitions of one user, of the
/// caller's side. Only permissions defined for that side can be given.
/// </summary>
public interface IPermissionAppService
{
    Task<IReadOnlyList<PermissionGroupDto>> GetForRoleAsync(Guid roleId, CancellationToken cancellationToken = default);

    Task UpdateForRoleAsync(Guid roleId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PermissionGroupDto>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default);

    Task UpdateForUserAsync(Guid userId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default);
}
