using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Identity;

public sealed class UserClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IUserAppService
{
    private const string Path = "api/identity/users";

    public Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<UserDto>>(
            WithQuery(Path, ("filter", input.Filter), ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)),
            cancellationToken);

    public Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<UserDto>($"{Path}/{id}", cancellationToken);

    public Task<UserDto> CreateAsync(CreateUserDto input, CancellationToken cancellationToken = default) =>
        PostAsync<UserDto>(Path, input, cancellationToken);

    public Task<UserDto> UpdateAsync(Guid id, UpdateUserDto input, CancellationToken cancellationToken = default) =>
        PutAsync<UserDto>($"{Path}/{id}", input, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{Path}/{id}", cancellationToken);

    public Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken cancellationToken = default) =>
        PostAsync($"{Path}/{id}/reset-password", input, cancellationToken);

    public Task UnlockAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync($"{Path}/{id}/unlock", null, cancellationToken);
}
