using AggregatedPayments.Dtos;

namespace AggregatedPayments.Identity;

public interface IRoleAppService
{
    Task<PagedResultDto<RoleDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default);

    Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A new role holds the profile and own-settings permissions, so its members can manage their own account.</summary>
    Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default);

    Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
