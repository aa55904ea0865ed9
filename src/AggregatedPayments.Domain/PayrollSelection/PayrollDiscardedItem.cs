using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>Which discard set an item aside (one per item): where its reason is read from. Written set-based.</summary>
public sealed class PayrollDiscardedItem : Entity<Guid>, IMultiTenant
{
    private PayrollDiscardedItem()
    {
    }

    public PayrollDiscardedItem(Guid id, Guid tenantId, Guid discardId, Guid itemId)
    {
        Id = id;
        TenantId = tenantId;
        DiscardId = discardId;
        ItemId = itemId;
    }

    public Guid? TenantId { get; private set; }

    public Guid DiscardId { get; private set; }

    public Guid ItemId { get; private set; }
}
