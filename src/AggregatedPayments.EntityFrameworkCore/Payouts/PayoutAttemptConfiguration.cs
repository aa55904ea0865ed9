using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

internal sealed class PayoutAttemptConfiguration : IEntityTypeConfiguration<PayoutAttempt>
{
    // The body is stored as base64 before encryption: four characters per three bytes.
    private const int MaxRequestBase64Length = (PayoutConsts.MaxRequestBodyBytes + 2) / 3 * 4;

    public void Configure(EntityTypeBuilder<PayoutAttempt> builder)
    {
        builder.ToTable("PayoutAttempts");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ChannelKey).HasMaxLength(PayoutConsts.MaxChannelKeyLength).IsRequired().IsKeyColumn();
        builder.Property(a => a.RequestCiphertext).HasMaxLength(EncryptionConsts.MaxCiphertextLength(MaxRequestBase64Length)).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(PayoutConsts.MaxContentTypeLength).IsRequired();
        builder.Property(a => a.Currency).HasMaxLength(PayoutConsts.CurrencyLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Property(a => a.ProviderReference).HasMaxLength(PayoutConsts.MaxProviderReferenceLength).IsKeyColumn();
        builder.Property(a => a.ProviderErrorCode).HasMaxLength(PayoutConsts.MaxProviderErrorCodeLength).IsKeyColumn();
        builder.Property(a => a.ProviderErrorSubCode).HasMaxLength(PayoutConsts.MaxProviderErrorSubCodeLength).IsKeyColumn();
        builder.Property(a => a.Routing).HasConversion<string>().HasMaxLength(PayoutStoreConsts.EnumLength).IsKeyColumn();
        builder.Ignore(a => a.Amount);
        builder.Ignore(a => a.Fee);

        // Answers and callbacks find their attempt by merchant channel and our key together, never by the key alone.
        builder.HasIndex(a => new { a.MerchantChannelId, a.ChannelKey }).IsUnique();

        // The janitor's scan: a merchant's attempts still open, oldest first.
        builder.HasIndex(a => new { a.TenantId, a.State, a.CreationTime });

        // A batching channel's waiting attempts: not yet sent, of one merchant channel and currency, oldest first.
        builder.HasIndex(a => new { a.MerchantChannelId, a.State, a.FirstSentTime, a.CreationTime });

        // The sweep for lost jobs across merchants: open attempts by when they are next due, paged by (time, id).
        builder.HasIndex(a => new { a.NextCheckTime, a.Id });
    }
}
