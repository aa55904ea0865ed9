using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Routing;

internal sealed class MerchantChannelDailyUsageConfiguration : IEntityTypeConfiguration<MerchantChannelDailyUsage>
{
    public void Configure(EntityTypeBuilder<MerchantChannelDailyUsage> builder)
    {
        builder.ToTable("MerchantChannelDailyUsages");
        builder.Property(u => u.Id).ValueGeneratedNever();

        // One row per merchant channel and merchant day: the row every charge's conditional update names.
        builder.HasIndex(u => new { u.TenantId, u.MerchantChannelId, u.DayStartUtc }).IsUnique();
    }
}
