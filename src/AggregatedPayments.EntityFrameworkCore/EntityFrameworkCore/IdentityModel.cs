using AggregatedPayments.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>
/// ASP.NET Core Identity's tables with our names, and its global name indexes replaced by
/// per-tenant ones: two merchants may each have a user called "admin".
/// </summary>
internal static class IdentityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AppUser>(user =>
        {
            user.ToTable("Users");
            RemoveIndex(user.Metadata, nameof(AppUser.NormalizedUserName));
            user.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique();
            user.Property(u => u.UserName).HasMaxLength(IdentityConsts.MaxUserNameLength).IsKeyColumn();
            user.Property(u => u.NormalizedUserName).HasMaxLength(IdentityConsts.MaxUserNameLength).IsKeyColumn();
            user.Property(u => u.Name).HasMaxLength(128);
        });
        builder.Entity<AppRole>(role =>
        {
            role.ToTable("Roles");
            RemoveIndex(role.Metadata, nameof(AppRole.NormalizedName));
            role.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique();
            role.Property(r => r.Name).HasMaxLength(IdentityConsts.MaxRoleNameLength).IsKeyColumn();
            role.Property(r => r.NormalizedName).HasMaxLength(IdentityConsts.MaxRoleNameLength).IsKeyColumn();
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("RoleClaims");
    }

    private static void RemoveIndex(Microsoft.EntityFrameworkCore.Metadata.IMutableEntityType entityType, string propertyName)
    {
        var index = entityType.GetIndexes().Single(i => i.Properties.Count == 1 && i.Properties[0].Name == propertyName);
        entityType.RemoveIndex(index);
    }
}
