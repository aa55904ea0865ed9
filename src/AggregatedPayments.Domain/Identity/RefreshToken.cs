using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Identity;

/// <summary>
/// One refresh token of a sign-in. Only its SHA-256 hash is stored. Each use replaces it with the
/// next in the same family; presenting a used one again means it was stolen, and the family ends.
/// </summary>
public sealed class RefreshToken : Entity<Guid>, IMultiTenant
{
    private RefreshToken()
    {
    }

    public RefreshToken(Guid id, Guid? tenantId, Guid userId, Guid familyId, string tokenHash, DateTime createdAt, DateTime expiresAt)
    {
        Id = id;
        TenantId = tenantId;
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid? TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; } = null!;

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public bool IsUsable(DateTime utcNow) => UsedAt is null && RevokedAt is null && ExpiresAt > utcNow;

    public void MarkUsed(DateTime utcNow) => UsedAt = utcNow;

    public void Revoke(DateTime utcNow) => RevokedAt ??= utcNow;
}
