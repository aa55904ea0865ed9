using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Identity;

[Route("api/identity/roles")]
public sealed class RoleController(IRoleAppService roles) : AggregatedPaymentsController, IRoleAppService
{
    [HttpGet]
    [Authorize(IdentityPermissions.Roles.Default)]
    public Task<PagedResultDto<RoleDto>> GetListAsync([FromQuery] PagedRequestDto input, CancellationToken cancellationToken = default) =>
        roles.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(IdentityPermissions.Roles.Default)]
    public Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        roles.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IdentityPermissions.Roles.Create)]
    public Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default) =>
        roles.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(IdentityPermissions.Roles.Update)]
    public Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default) =>
        roles.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(IdentityPermissions.Roles.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        roles.DeleteAsync(id, cancellationToken);
}
