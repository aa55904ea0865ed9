using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("IdempotentRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(PayoutConsts.MaxIdempotencyKeyLength).IsRequired().IsKeyColumn();
        builder.Property(r => r.RequestHash).HasMaxLength(IdempotentRequest.RequestHashLength).IsFixedLength().IsRequired().IsKeyColumn();
        builder.Property(r => r.ResponseBody).HasMaxLength(PayoutConsts.MaxIdempotentResponseLength);

        // The key is the caller's, so one per merchant and user: the index, not a read, decides a race.
        builder.HasIndex(r => new { r.TenantId, r.UserId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreationTime);
    }
}
