using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Channels;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("Channels");
        builder.Property(c => c.Code).HasMaxLength(ChannelConsts.MaxCodeLength).IsRequired().IsKeyColumn();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(ChannelConsts.MaxNameLength).IsRequired();
        builder.Property(c => c.Provider).HasMaxLength(ChannelConsts.MaxProviderLength).IsRequired().IsKeyColumn();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);

        // A short list of ISO codes: one column "CNY,USD" rather than a table.
        builder.Property<List<string>>("_currencies")
            .HasColumnName("Currencies")
            .HasMaxLength(256)
            .HasConversion(
                v => string.Join(',', v),
                v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()));
        builder.Ignore(c => c.Currencies);

        builder.OwnsMany(c => c.Functions, function =>
        {
            function.ToTable("ChannelFunctions");
            function.WithOwner().HasForeignKey("ChannelId");
            function.Property<int>("Id");
            function.HasKey("Id");
            function.Property(f => f.Function).HasConversion<string>().HasMaxLength(32);
            function.Property(f => f.Address).HasMaxLength(ChannelConsts.MaxAddressLength);
        });
        builder.Navigation(c => c.Functions).HasField("_functions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Parameters, parameter =>
        {
            parameter.ToTable("ChannelParameters");
            parameter.WithOwner().HasForeignKey("ChannelId");
            parameter.Property<int>("Id");
            parameter.HasKey("Id");
            parameter.Property(p => p.Name).HasMaxLength(ChannelConsts.MaxParameterNameLength).IsRequired().IsKeyColumn();
            parameter.Property(p => p.Value).HasMaxLength(ChannelConsts.MaxParameterValueLength).IsRequired();
        });
        builder.Navigation(c => c.Parameters).HasField("_parameters").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
