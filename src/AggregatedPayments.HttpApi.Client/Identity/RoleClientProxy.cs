using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Identity;

public sealed class RoleClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IRoleAppService
{
    private const string Path = "api/identity/roles";

    public Task<PagedResultDto<RoleDto>> GetListAsync(PagedRequestDto input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<RoleDto>>(
            WithQuery(Path, ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)), cancellationToken);

    public Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<RoleDto>($"{Path}/{id}", cancellationToken);

    public Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken cancellationToken = default) =>
        PostAsync<RoleDto>(Path, input, cancellationToken);

    public Task<RoleDto> UpdateAsync(Guid id, UpdateRoleDto input, CancellationToken cancellationToken = default) =>
        PutAsync<RoleDto>($"{Path}/{id}", input, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{Path}/{id}", cancellationToken);
}
