namespace AggregatedPayments.Identity;

/// <summary>The set-based operations on refresh tokens; they look across tenants since a token names its own.</summary>
public interface IRefreshTokenStore
{
    Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Marks the token used only if nobody did first; false when another request won.</summary>
    Task<bool> TryMarkUsedAsync(Guid tokenId, DateTime utcNow, CancellationToken cancellationToken);

    Task RevokeFamilyAsync(Guid familyId, DateTime utcNow, CancellationToken cancellationToken);

    Task RevokeUserAsync(Guid userId, DateTime utcNow, CancellationToken cancellationToken);
}
