using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payroll;

internal sealed class PayrollDiscardedItemConfiguration : IEntityTypeConfiguration<PayrollDiscardedItem>
{
    public void Configure(EntityTypeBuilder<PayrollDiscardedItem> builder)
    {
        builder.ToTable("PayrollDiscardedItems");
        builder.Property(d => d.Id).ValueGeneratedNever();

        // An item is set aside once: the index also keeps two racing discards from both claiming it.
        builder.HasIndex(d => new { d.TenantId, d.ItemId }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.DiscardId });
    }
}
