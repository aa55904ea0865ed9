using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Dictionaries;

internal sealed class DictionaryItemConfiguration : IEntityTypeConfiguration<DictionaryItem>
{
    public void Configure(EntityTypeBuilder<DictionaryItem> builder)
    {
        builder.ToTable("DictionaryItems");

        // The aggregate sets the id; without this EF would take a new item found in the collection for
        // an existing row (its key is already set) and update instead of insert.
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Code).HasMaxLength(DictionaryConsts.MaxItemCodeLength).IsRequired().IsKeyColumn();
        builder.HasIndex(i => new { i.DictionaryId, i.Code }).IsUnique();
        builder.Property(i => i.NameEn).HasMaxLength(DictionaryConsts.MaxNameLength).IsRequired();
        builder.Property(i => i.NameZhHans).HasMaxLength(DictionaryConsts.MaxNameLength);
        builder.Property(i => i.Extra).HasMaxLength(DictionaryConsts.MaxExtraLength);
    }
}
