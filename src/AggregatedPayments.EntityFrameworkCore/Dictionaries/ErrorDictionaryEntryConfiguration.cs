using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Dictionaries;

internal sealed class ErrorDictionaryEntryConfiguration : IEntityTypeConfiguration<ErrorDictionaryEntry>
{
    public void Configure(EntityTypeBuilder<ErrorDictionaryEntry> builder)
    {
        builder.ToTable("ErrorDictionaryEntries");
        builder.Property(e => e.Code).HasMaxLength(ErrorDictionaryConsts.MaxCodeLength).IsRequired().IsKeyColumn();

        // NOT NULL with "" for "no channel": a NULL would escape the unique index on both engines.
        builder.Property(e => e.ChannelCode).HasMaxLength(ErrorDictionaryConsts.MaxChannelCodeLength).IsRequired().IsKeyColumn();
        builder.Property(e => e.ChannelErrorCode).HasMaxLength(ErrorDictionaryConsts.MaxChannelErrorCodeLength).IsRequired().IsKeyColumn();
        builder.HasIndex(e => new { e.ChannelCode, e.ChannelErrorCode }).IsUnique();

        // Finds the channel codes mapped onto a platform code before that code may be deleted.
        builder.HasIndex(e => e.Code);
        builder.Property(e => e.MessageEn).HasMaxLength(ErrorDictionaryConsts.MaxMessageLength).IsRequired();
        builder.Property(e => e.MessageZhHans).HasMaxLength(ErrorDictionaryConsts.MaxMessageLength);
        builder.Ignore(e => e.IsPlatformEntry);
        builder.Ignore(e => e.Flags);
    }
}
