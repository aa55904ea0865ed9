using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Channels;

internal sealed class MerchantChannelConfiguration : IEntityTypeConfiguration<MerchantChannel>
{
    public void Configure(EntityTypeBuilder<MerchantChannel> builder)
    {
        builder.ToTable("MerchantChannels");
        builder.HasOne<Channel>().WithMany().HasForeignKey(m => m.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.ChannelId }).IsUnique();
        builder.Property(m => m.Functions).HasConversion<int>();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.OwnsOne(m => m.TradingHours, hours =>
        {
            hours.Property(h => h.Start).HasColumnName("TradingStart");
            hours.Property(h => h.End).HasColumnName("TradingEnd");
        });
        builder.OwnsMany(m => m.Parameters, parameter =>
        {
            parameter.ToTable("MerchantChannelParameters");
            parameter.WithOwner().HasForeignKey("MerchantChannelId");
            parameter.Property<int>("Id");
            parameter.HasKey("Id");
            parameter.Property(p => p.Name).HasMaxLength(ChannelConsts.MaxParameterNameLength).IsRequired().IsKeyColumn();
            parameter.Property(p => p.Value).HasMaxLength(ChannelConsts.MaxParameterValueLength).IsRequired();
        });
        builder.Navigation(m => m.Parameters).HasField("_parameters").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
