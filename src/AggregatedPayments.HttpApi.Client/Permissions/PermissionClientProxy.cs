using AggregatedPayments.Http;

namespace AggregatedPayments.Permissions;

public sealed class PermissionClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPermissionAppService
{
    public Task<IReadOnlyList<PermissionGroupDto>> GetForRoleAsync(Guid roleId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<PermissionGroupDto>>($"api/permissions/roles/{roleId}", cancellationToken);

    public Task UpdateForRoleAsync(Guid roleId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default) =>
        PutAsync($"api/permissions/roles/{roleId}", input, cancellationToken);

    public Task<IReadOnlyList<PermissionGroupDto>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<PermissionGroupDto>>($"api/permissions/users/{userId}", cancellationToken);

    public Task UpdateForUserAsync(Guid userId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default) =>
        PutAsync($"api/permissions/users/{userId}", input, cancellationToken);
}
