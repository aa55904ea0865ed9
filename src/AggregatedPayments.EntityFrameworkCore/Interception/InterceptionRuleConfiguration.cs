using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Interception;

internal sealed class InterceptionRuleConfiguration : IEntityTypeConfiguration<InterceptionRule>
{
    public void Configure(EntityTypeBuilder<InterceptionRule> builder)
    {
        builder.ToTable("InterceptionRules");
        builder.Property(r => r.Name).HasMaxLength(InterceptionRuleConsts.MaxNameLength).IsRequired();
        builder.Property(r => r.PathPattern).HasMaxLength(InterceptionRuleConsts.MaxPathPatternLength).IsRequired();
        builder.Property(r => r.Methods).HasMaxLength(InterceptionRuleConsts.MaxMethodsLength).IsRequired();
        builder.Property(r => r.IpCidr).HasMaxLength(InterceptionRuleConsts.MaxIpCidrLength);

        // Compared byte for byte, as the middleware compares it.
        builder.Property(r => r.ApiClientId).HasMaxLength(InterceptionRuleConsts.MaxApiClientIdLength).IsKeyColumn();
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.Order, r.Id });
    }
}
