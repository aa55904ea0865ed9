namespace AggregatedPayments.Account;

public interface IAccountAppService
{
    Task<TokenDto> LoginAsync(LoginDto input, CancellationToken cancellationToken = default);

    /// <summary>Trades a refresh token for a new pair; a token presented twice ends its whole sign-in.</summary>
    Task<TokenDto> RefreshAsync(RefreshTokenDto input, CancellationToken cancellationToken = default);

    /// <summary>Ends the sign-in the refresh token belongs to.</summary>
    Task LogoutAsync(RefreshTokenDto input, CancellationToken cancellationToken = default);

    Task<ProfileDto> GetProfileAsync(CancellationToken cancellationToken = default);

    /// <summary>Every other session of the user ends at once.</summary>
    Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default);
}
