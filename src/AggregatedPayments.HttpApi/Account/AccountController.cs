using AggregatedPayments.Account;
using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Account;

[Route("api/account")]
public sealed class AccountController(IAccountAppService accounts) : AggregatedPaymentsController, IAccountAppService
{
    /// <summary>Anonymous by nature: this is how a token is obtained.</summary>
    [HttpPost("login")]
    [AllowAnonymous]
    public Task<TokenDto> LoginAsync(LoginDto input, CancellationToken cancellationToken = default) =>
        accounts.LoginAsync(input, cancellationToken);

    /// <summary>Anonymous: the access token has usually expired; the refresh token is the proof.</summary>
    [HttpPost("refresh")]
    [AllowAnonymous]
    public Task<TokenDto> RefreshAsync(RefreshTokenDto input, CancellationToken cancellationToken = default) =>
        accounts.RefreshAsync(input, cancellationToken);

    /// <summary>Anonymous: holding the refresh token is enough to end its sign-in, even with an expired access token.</summary>
    [HttpPost("logout")]
    [AllowAnonymous]
    public Task LogoutAsync(RefreshTokenDto input, CancellationToken cancellationToken = default) =>
        accounts.LogoutAsync(input, cancellationToken);

    [HttpGet("profile")]
    [Authorize(AccountPermissions.Profile)]
    public Task<ProfileDto> GetProfileAsync(CancellationToken cancellationToken = default) =>
        accounts.GetProfileAsync(cancellationToken);

    [HttpPost("change-password")]
    [Authorize(AccountPermissions.Profile)]
    public Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default) =>
        accounts.ChangePasswordAsync(input, cancellationToken);
}
