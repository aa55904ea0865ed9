using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AggregatedPayments.Payouts;

/// <summary>What approvals add to the orders table (applied with <c>PayoutOrderConfiguration</c>).</summary>
internal sealed class PayoutOrderApprovalConfiguration : IEntityTypeConfiguration<PayoutOrder>
{
    public void Configure(EntityTypeBuilder<PayoutOrder> builder)
    {
        // The gate's daily sum reads only this index on both engines: a merchant's day in one currency, with
        // everything the sum filters on and adds up, so it touches no row of the table itself.
        builder.HasIndex(o => new { o.TenantId, o.Currency, o.CreationTime, o.State, o.AwaitingApproval, o.AmountMinor })
            .HasDatabaseName("IX_PayoutOrders_ApprovalDailySum");
    }
}
