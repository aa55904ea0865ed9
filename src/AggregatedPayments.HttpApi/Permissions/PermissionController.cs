using AggregatedPayments.Controllers;
using AggregatedPayments.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Permissions;

[Route("api/permissions")]
public sealed class PermissionController(IPermissionAppService permissions) : AggregatedPaymentsController, IPermissionAppService
{
    [HttpGet("roles/{roleId:guid}")]
    [Authorize(IdentityPermissions.Roles.ManagePermissions)]
    public Task<IReadOnlyList<PermissionGroupDto>> GetForRoleAsync(Guid roleId, CancellationToken cancellationToken = default) =>
        permissions.GetForRoleAsync(roleId, cancellationToken);

    [HttpPut("roles/{roleId:guid}")]
    [Authorize(IdentityPermissions.Roles.ManagePermissions)]
    public Task UpdateForRoleAsync(Guid roleId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default) =>
        permissions.UpdateForRoleAsync(roleId, input, cancellationToken);

    [HttpGet("users/{userId:guid}")]
    [Authorize(IdentityPermissions.Users.ManagePermissions)]
    public Task<IReadOnlyList<PermissionGroupDto>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        permissions.GetForUserAsync(userId, cancellationToken);

    [HttpPut("users/{userId:guid}")]
    [Authorize(IdentityPermissions.Users.ManagePermissions)]
    public Task UpdateForUserAsync(Guid userId, List<UpdatePermissionDto> input, CancellationToken cancellationToken = default) =>
        permissions.UpdateForUserAsync(userId, input, cancellationToken);
}
