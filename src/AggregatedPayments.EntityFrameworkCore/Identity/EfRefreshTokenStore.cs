using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Identity;

internal sealed class EfRefreshTokenStore(AggregatedPaymentsDbContext db, IDataFilter dataFilter) : IRefreshTokenStore
{
    public async Task<RefreshToken?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken)
    {
        // Refresh comes without a tenant: the token itself says whose it is.
        using (dataFilter.DisableMultiTenantFilter())
        {
            return await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
        }
    }

    public async Task<bool> TryMarkUsedAsync(Guid tokenId, DateTime utcNow, CancellationToken cancellationToken)
    {
        using (dataFilter.DisableMultiTenantFilter())
        {
            var updated = await db.RefreshTokens
                .Where(t => t.Id == tokenId && t.UsedAt == null && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, utcNow), cancellationToken);
            return updated == 1;
        }
    }

    public async Task RevokeFamilyAsync(Guid familyId, DateTime utcNow, CancellationToken cancellationToken)
    {
        using (dataFilter.DisableMultiTenantFilter())
        {
            await db.RefreshTokens
                .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, utcNow), cancellationToken);
        }
    }

    public async Task RevokeUserAsync(Guid userId, DateTime utcNow, CancellationToken cancellationToken)
    {
        using (dataFilter.DisableMultiTenantFilter())
        {
            await db.RefreshTokens
                .Where(t => t.UserId == userId && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, utcNow), cancellationToken);
        }
    }
}
