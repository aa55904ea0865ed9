using System.Security.Cryptography;
using System.Text;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Identity;
using AggregatedPayments.Settings;

namespace AggregatedPayments.Account;

/// <summary>
/// Refresh tokens rotate: each use consumes the token (a guarded update, so two concurrent uses
/// cannot both win) and issues the next one of the same family. A consumed token presented again
/// was copied: the whole family is revoked.
/// </summary>
public sealed class RefreshTokenService(
    IRepository<RefreshToken> tokens,
    IRefreshTokenStore store,
    IUnitOfWork unitOfWork,
    ISettingProvider settings,
    TimeProvider clock)
{
    public async Task<(string Token, DateTime ExpiresAt)> IssueAsync(AppUser user, Guid? familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = ToBase64Url(RandomNumberGenerator.GetBytes(32));
        var expiresAt = now.AddDays(await settings.GetIntAsync(FoundationSettingNames.RefreshTokenDays, cancellationToken));
        await tokens.InsertAsync(
            new RefreshToken(Guid.NewGuid(), user.TenantId, user.Id, familyId ?? Guid.NewGuid(), Hash(token), now, expiresAt),
            cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (token, expiresAt);
    }

    /// <summary>Consumes the token and answers it; throws when it is unknown, expired, revoked or reused.</summary>
    public async Task<RefreshToken> ConsumeAsync(string token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await store.FindByHashAsync(Hash(token), cancellationToken)
                     ?? throw new UnauthorizedException(ErrorCodes.InvalidRefreshToken);
        if (stored.UsedAt is not null || stored.RevokedAt is not null)
        {
            await store.RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
            throw new UnauthorizedException(ErrorCodes.RefreshTokenReused);
        }

        if (stored.ExpiresAt <= now)
        {
            throw new UnauthorizedException(ErrorCodes.InvalidRefreshToken);
        }

        if (!await store.TryMarkUsedAsync(stored.Id, now, cancellationToken))
        {
            await store.RevokeFamilyAsync(stored.FamilyId, now, cancellationToken);
            throw new UnauthorizedException(ErrorCodes.RefreshTokenReused);
        }

        return stored;
    }

    public async Task RevokeFamilyOfAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await store.FindByHashAsync(Hash(token), cancellationToken);
        if (stored is not null)
        {
            await store.RevokeFamilyAsync(stored.FamilyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
    }

    public Task RevokeAllOfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        store.RevokeUserAsync(userId, clock.GetUtcNow().UtcDateTime, cancellationToken);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string ToBase64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
