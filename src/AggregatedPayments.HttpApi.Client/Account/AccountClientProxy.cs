using AggregatedPayments.Http;

namespace AggregatedPayments.Account;

public sealed class AccountClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IAccountAppService
{
    public Task<TokenDto> LoginAsync(LoginDto input, CancellationToken cancellationToken = default) =>
        PostAsync<TokenDto>("api/account/login", input, cancellationToken);

    public Task<TokenDto> RefreshAsync(RefreshTokenDto input, CancellationToken cancellationToken = default) =>
        PostAsync<TokenDto>("api/account/refresh", input, cancellationToken);

    public Task LogoutAsync(RefreshTokenDto input, CancellationToken cancellationToken = default) =>
        PostAsync("api/account/logout", input, cancellationToken);

    public Task<ProfileDto> GetProfileAsync(CancellationToken cancellationToken = default) =>
        GetAsync<ProfileDto>("api/account/profile", cancellationToken);

    public Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default) =>
        PostAsync("api/account/change-password", input, cancellationToken);
}
