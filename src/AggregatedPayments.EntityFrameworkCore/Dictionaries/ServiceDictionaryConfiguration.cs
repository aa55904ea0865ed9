using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Dictionaries;

internal sealed class ServiceDictionaryConfiguration : IEntityTypeConfiguration<ServiceDictionary>
{
    public void Configure(EntityTypeBuilder<ServiceDictionary> builder)
    {
        builder.ToTable("ServiceDictionaries");
        builder.Property(d => d.Code).HasMaxLength(DictionaryConsts.MaxCodeLength).IsRequired().IsKeyColumn();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.NameEn).HasMaxLength(DictionaryConsts.MaxNameLength).IsRequired();
        builder.Property(d => d.NameZhHans).HasMaxLength(DictionaryConsts.MaxNameLength);
        builder.Property(d => d.Description).HasMaxLength(DictionaryConsts.MaxDescriptionLength);
        builder.HasMany(d => d.Items).WithOne().HasForeignKey(i => i.DictionaryId).OnDelete(DeleteBehavior.Cascade);

        // The aggregate is loaded whole: its rules (unique item codes) need every item.
        builder.Navigation(d => d.Items).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
