using AggregatedPayments.Dtos;

namespace AggregatedPayments.Identity;

/// <summary>The users of the caller's side: the platform's for a platform admin, the merchant's for a merchant admin.</summary>
public interface IUserAppService
{
    Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default);

    Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default);

    Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken cancellationToken = default);

    Task UnlockAsync(Guid id, CancellationToken cancellationToken = default);
}
