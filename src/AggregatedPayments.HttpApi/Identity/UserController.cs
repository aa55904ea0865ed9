using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Identity;

[Route("api/identity/users")]
public sealed class UserController(IUserAppService users) : AggregatedPaymentsController, IUserAppService
{
    [HttpGet]
    [Authorize(IdentityPermissions.Users.Default)]
    public Task<PagedResultDto<UserDto>> GetListAsync([FromQuery] GetUserListInput input, CancellationToken cancellationToken = default) =>
        users.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(IdentityPermissions.Users.Default)]
    public Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        users.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(IdentityPermissions.Users.Create)]
    public Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default) =>
        users.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(IdentityPermissions.Users.Update)]
    public Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default) =>
        users.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(IdentityPermissions.Users.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        users.DeleteAsync(id, cancellationToken);

    [HttpPost("{id:guid}/reset-password")]
    [Authorize(IdentityPermissions.Users.Update)]
    public Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken cancellationToken = default) =>
        users.ResetPasswordAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/unlock")]
    [Authorize(IdentityPermissions.Users.Update)]
    public Task UnlockAsync(Guid id, CancellationToken cancellationToken = default) =>
        users.UnlockAsync(id, cancellationToken);
}
